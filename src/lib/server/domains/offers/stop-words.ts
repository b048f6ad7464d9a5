import { normaliseWord } from './query-text';

/**
 * Words that carry no meaning for the search, in every portal language (a family may type
 * German on the Turkish page). Only short function words and the verbs of "I need / I am
 * looking for": never a word of the field (kind, baby, mutter stay).
 */
const LISTS: Record<string, string> = {
	de: `der die das den dem des ein eine einen einem einer eines und oder aber auch mit ohne für fur von vom zu zum zur
		in im ins an am auf aus bei beim nach vor über unter um bis durch gegen ist sind war bin bist sein seid wird werden
		ich du er sie es wir ihr mein meine meinen meinem meiner mich mir dein deine unser unsere euer sich man
		was wer wie wo wann warum welche welcher welches gibt habe hast hat haben hatte kann können konnen muss müssen
		möchte mochte möchten will wollen soll brauche brauchen suche suchen gesucht finde finden hallo bitte
		nicht kein keine sehr so da dort hier jetzt immer ständig standig oft viel viele noch schon nur ganz mal etwas
		ja nein gut als wenn dass weil ob denn doch eigentlich einfach gerne irgendwo irgendwie jemand`,
	en: `the a an and or but of for to in on at by with without from about into is are was were be been am i you he
		she it we they my our your his her their me us them this that these those what who where when how why which
		there here need needs looking look find search want wants please can could would should do does did
		have has had get some any all very much many always often not no speaking speaks spoken`,
	tr: `ve veya ile için icin bir bu şu su o ben sen biz siz onlar benim bizim senin de da mi mı mu mü ne nerede
		nasıl nasil kim zaman var yok çok cok daha en gibi ama fakat lazım lazim istiyorum arıyorum ariyorum
		lütfen lutfen merhaba sürekli surekli hep her bana beni konuşan konusan konuşulan olan`,
	ar: `في من إلى الى على عن مع و أو او ثم هذا هذه ذلك تلك هو هي أنا انا نحن أنت انت هم ما ماذا أين اين متى كيف لماذا
		هل لا نعم كل أريد اريد أبحث ابحث عن بحث من_فضلك لي لدي عند دائما جدا يتحدث تتحدث`,
	fa: `در از به با و یا برای که این آن اون من تو ما شما او آنها ایشان را هم چه کجا کی چطور چرا آیا نه بله همه
		می خواهم میخواهم دنبال هستم است هست بود دارم دارد لطفا لطفاً همیشه خیلی یک`,
	ru: `и или в во на с со к ко по за из от до у о об для без при над под через это этот эта эти тот та те я ты он она
		оно мы вы они мой моя мое моё мои наш наша ваш что кто где когда как почему какой какая есть нет не да очень
		всегда постоянно нужен нужна нужно ищу искать пожалуйста мне меня у_меня говорящий говорит`,
	uk: `і й та або в у на з із зі до від по за для без при над під через це цей ця ці той я ти він вона воно ми ви
		вони мій моя моє мої наш ваш що хто де коли як чому який яка є немає не так дуже завжди постійно потрібен
		потрібна потрібно шукаю будь ласка мені мене говорить`,
	pl: `i oraz lub albo w we na z ze do od po za dla bez przy nad pod przez o to ten ta te tamten ja ty on ona ono my
		wy oni mój moja moje moi nasz wasz co kto gdzie kiedy jak dlaczego jaki jaka jest są nie tak bardzo zawsze
		ciągle ciagle potrzebuję potrzebuje szukam proszę prosze mi mnie mówiący mowiacy`
};

export const STOP_WORDS: ReadonlySet<string> = new Set(
	Object.values(LISTS).flatMap((list) => list.split(/\s+/).filter(Boolean).map(normaliseWord))
);
