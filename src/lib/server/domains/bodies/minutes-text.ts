import { t } from '$lib/i18n';

// Texts made from tasks for agendas, mails and PDFs.

/** "Title – owner – fällig 2026-03-05" (owner and due date only when set). */
export function taskLine(task: { title: string; owner: string; dueDate: string }): string {
	return `${task.title}${task.owner ? ` – ${task.owner}` : ''}${task.dueDate ? ` – ${t('meetingTask.due', { day: task.dueDate })}` : ''}`;
}

/** The agenda as sent and shown: the items written for this meeting, then the open tasks carried over. */
export function agendaWithTasks(agenda: string, open: { title: string; owner: string; dueDate: string }[]): string {
	if (open.length === 0) return agenda;
	const lines = open.map(
		(task) =>
			`- ${task.title}${task.owner ? ` (${task.owner}` : ''}${task.dueDate ? `${task.owner ? ', ' : ' ('}${t('meetingTask.due', { day: task.dueDate })}` : ''}${task.owner || task.dueDate ? ')' : ''}`
	);
	return [agenda, `${t('meetingAgenda.carriedTasks')}\n${lines.join('\n')}`].filter(Boolean).join('\n\n');
}
