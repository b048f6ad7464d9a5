import { t, type MessageKey } from '$lib/i18n';
import { formatDate } from '$lib/time';
import type { AnnualReport } from './build-annual-report';

export type ReportCell = string | number | Date | null;

/** A bar chart drawn from a table: one bar per row, the label from one column, the length from another. */
export type ReportChart = { label: number; value: number; title: string };

export type ReportTable = {
	/** Sheet name in the XLSX (≤ 31 characters, unique). */
	sheet: string;
	title: string;
	headers: string[];
	rows: ReportCell[][];
	chart?: ReportChart;
};

export type ReportSection = { id: string; title: string; paragraphs: string[]; tables: ReportTable[] };

const lifeStage = (s: string) => t(`lifeStage.${s}` as MessageKey);
const prevention = (p: string) => t(`prevention.${p}` as MessageKey);
const bodyKind = (k: string) => t(`intern.bodies.kind.${k}` as MessageKey);
const eventKind = (k: string) => t(`events.kind.${k}` as MessageKey);

function networkSection(r: AnnualReport): ReportSection {
	const m = r.monitoring;
	const participants = m.events.reduce((a, e) => a + e.participants, 0);
	return {
		id: 'netzwerk',
		title: t('annualReport.section.network'),
		paragraphs: [
			t('annualReport.networkIntro', { name: r.network.name, municipality: r.network.municipality, year: r.year }),
			r.composition.agreement
				? t('composition.agreement', {
						title: r.composition.agreement.title,
						number: r.composition.agreement.number
					})
				: t('composition.noAgreement')
		],
		tables: [
			{
				sheet: t('annualReport.sheet.keyFigures'),
				title: t('annualReport.keyFigures', { year: r.year }),
				headers: [t('annualReport.figure'), t('annualReport.value')],
				rows: [
					[t('annualReport.kf.members'), r.composition.categories.reduce((a, c) => a + c.members, 0)],
					[t('annualReport.kf.categories'), m.categories.involved],
					[t('annualReport.kf.meetings'), m.bodies.reduce((a, b) => a + b.meetings, 0)],
					[t('annualReport.kf.events'), m.events.reduce((a, e) => a + e.events, 0)],
					[t('annualReport.kf.participants'), participants],
					[t('annualReport.kf.offers'), m.offers.published]
				]
			}
		]
	};
}

function membersSection(r: AnnualReport): ReportSection {
	const c = r.composition;
	const rows = [...c.categories, ...(c.uncategorised ? [c.uncategorised] : [])];
	return {
		id: 'mitglieder',
		title: t('annualReport.section.members'),
		paragraphs: [
			t('composition.summary', { present: c.present.length, listed: c.categories.length, missing: c.missing.length }),
			c.missing.length > 0
				? t('annualReport.missingCategories', { names: c.missing.map((x) => x.name).join(', ') })
				: t('composition.noneMissing')
		],
		tables: [
			{
				sheet: t('annualReport.sheet.categories'),
				title: t('composition.tableCaption', { year: r.year }),
				headers: [
					t('composition.category'),
					t('composition.members'),
					t('composition.signed'),
					t('composition.open'),
					t('composition.declined'),
					t('composition.attendees'),
					t('composition.attendingOrganisations')
				],
				rows: rows.map((x) => [
					x.name || t('composition.uncategorised'),
					x.members,
					x.signed,
					x.open,
					x.declined,
					x.conferenceAttendees,
					x.conferenceOrganisations
				]),
				chart: { label: 0, value: 1, title: t('annualReport.chart.membersPerCategory') }
			}
		]
	};
}

function bodiesSection(r: AnnualReport): ReportSection {
	return {
		id: 'gremien',
		title: t('annualReport.section.bodies'),
		paragraphs: [],
		tables: [
			{
				sheet: t('annualReport.sheet.bodies'),
				title: t('monitoring.bodiesTitle'),
				headers: [
					t('monitoring.bodyKind'),
					t('monitoring.bodies'),
					t('monitoring.meetingsHeld'),
					t('annualReport.meetingsWithAttendance'),
					t('annualReport.attendeesTotal'),
					t('monitoring.averageAttendance')
				],
				rows: r.monitoring.bodies.map((b) => [
					bodyKind(b.kind),
					b.bodies,
					b.meetings,
					b.meetingsWithAttendance,
					b.attendees,
					b.averageAttendance
				]),
				chart: { label: 0, value: 2, title: t('annualReport.chart.meetingsPerKind') }
			},
			{
				sheet: t('annualReport.sheet.meetings'),
				title: t('annualReport.meetingsList', { year: r.year }),
				headers: [
					t('monitoring.meetingDate'),
					t('monitoring.bodies'),
					t('monitoring.meeting'),
					t('monitoring.attendees')
				],
				rows: r.meetings.map((m) => [m.startsAt, m.bodyName, m.title, Number(m.attendees)])
			}
		]
	};
}

function eventsSection(r: AnnualReport): ReportSection {
	return {
		id: 'veranstaltungen',
		title: t('annualReport.section.events'),
		paragraphs: [],
		tables: [
			{
				sheet: t('annualReport.sheet.eventKinds'),
				title: t('monitoring.eventsTitle'),
				headers: [t('monitoring.eventKind'), t('monitoring.eventsHeld'), t('monitoring.participants')],
				rows: r.monitoring.events.map((e) => [eventKind(e.kind), e.events, e.participants]),
				chart: { label: 0, value: 2, title: t('annualReport.chart.participantsPerKind') }
			},
			{
				sheet: t('annualReport.sheet.events'),
				title: t('annualReport.eventsList', { year: r.year }),
				headers: [t('monitoring.event'), t('monitoring.eventKind'), t('monitoring.participants')],
				rows: r.events.map((e) => [e.title, eventKind(e.kind), Number(e.participants)])
			}
		]
	};
}

function offersSection(r: AnnualReport): ReportSection {
	const o = r.monitoring.offers;
	const cov = r.coverage;
	const stageIndex = cov.stages.indexOf(r.map.stage);
	const gapText = (g: string | null) =>
		g === 'none' ? t('coverage.gap.none') : g === 'low' ? t('coverage.gap.low') : '';
	return {
		id: 'angebote',
		title: t('annualReport.section.offers'),
		paragraphs: [
			t('monitoring.offersAt', { date: formatDate(r.monitoring.offersAt, 'date') }),
			cov.year === null ? t('annualReport.noPopulation') : t('annualReport.populationYear', { year: cov.year }),
			r.map.withoutOutline.length > 0
				? t('annualReport.withoutOutline', { names: r.map.withoutOutline.join(', ') })
				: ''
		].filter(Boolean),
		tables: [
			{
				sheet: t('annualReport.sheet.lifeStages'),
				title: t('monitoring.matrixTitle'),
				headers: [t('demand.lifeStage'), ...o.preventionLevels.map((p) => prevention(p.level)), t('monitoring.total')],
				rows: o.lifeStages.map((row) => [lifeStage(row.lifeStage), ...row.levels.map((c) => c.n), row.total]),
				chart: { label: 0, value: o.preventionLevels.length + 1, title: t('annualReport.chart.offersPerStage') }
			},
			{
				sheet: t('annualReport.sheet.coverage'),
				title: t('annualReport.coverageTable'),
				headers: [t('annualReport.district'), ...cov.stages.map(lifeStage)],
				rows: cov.rows.map((row) => [row.name, ...row.cells.map((c) => c.count)])
			},
			{
				sheet: t('annualReport.sheet.map'),
				title: t('annualReport.mapTable', { stage: lifeStage(r.map.stage) }),
				headers: [
					t('annualReport.district'),
					t('annualReport.offers'),
					t('annualReport.children'),
					t('annualReport.per100'),
					t('coverage.gap')
				],
				rows: cov.rows.map((row) => {
					const c = row.cells[stageIndex]!;
					return [row.name, c.count, c.children, c.per100, gapText(c.gap)];
				})
			}
		]
	};
}

function demandSection(r: AnnualReport): ReportSection {
	const d = r.demand;
	return {
		id: 'nachfrage',
		title: t('annualReport.section.demand'),
		paragraphs: [d.none.length + d.few.length === 0 ? t('annualReport.noSearches', { year: r.year }) : ''].filter(
			Boolean
		),
		tables: [
			{
				sheet: t('annualReport.sheet.noResults'),
				title: t('annualReport.noResults', { year: r.year }),
				headers: [t('annualReport.term'), t('annualReport.searches')],
				rows: d.none.map((x) => [x.term, x.searches]),
				chart: { label: 0, value: 1, title: t('annualReport.chart.noResults') }
			},
			{
				sheet: t('annualReport.sheet.fewResults'),
				title: t('annualReport.fewResults', { year: r.year }),
				headers: [t('annualReport.term'), t('annualReport.searches')],
				rows: d.few.map((x) => [x.term, x.searches])
			},
			{
				sheet: t('annualReport.sheet.searchStages'),
				title: t('annualReport.searchLifeStages', { year: r.year }),
				headers: [t('demand.lifeStage'), t('annualReport.searches')],
				rows: d.lifeStages.map((x) => [lifeStage(x.value), x.searches])
			}
		]
	};
}

function qualitySection(r: AnnualReport): ReportSection {
	const o = r.monitoring.offers;
	return {
		id: 'datenqualitaet',
		title: t('annualReport.section.quality'),
		paragraphs: [t('annualReport.qualityIntro')],
		tables: [
			{
				sheet: t('annualReport.sheet.quality'),
				title: t('annualReport.qualityTable'),
				headers: [t('annualReport.figure'), t('annualReport.value')],
				rows: [
					[t('annualReport.q.published'), o.published],
					[t('annualReport.q.verified'), o.verified],
					[t('annualReport.q.notVerified'), o.published - o.verified],
					[t('annualReport.q.verifiedShare'), o.verifiedShare],
					[t('annualReport.q.homeVisits'), o.homeVisits]
				]
			},
			{
				sheet: t('annualReport.sheet.prevention'),
				title: t('monitoring.offersPerLevel'),
				headers: [t('annualReport.level'), t('annualReport.offers')],
				rows: o.preventionLevels.map((p) => [prevention(p.level), p.n]),
				chart: { label: 0, value: 1, title: t('annualReport.chart.perLevel') }
			}
		]
	};
}

/** The report as sections of tables: the PDF prints them (with a chart beside some), the XLSX makes a sheet of each. */
export function annualReportSections(r: AnnualReport): ReportSection[] {
	return [
		networkSection(r),
		membersSection(r),
		bodiesSection(r),
		eventsSection(r),
		offersSection(r),
		demandSection(r),
		qualitySection(r)
	];
}
