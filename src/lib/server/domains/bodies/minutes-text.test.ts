import { describe, expect, it } from 'vitest';
import { agendaWithTasks, taskLine } from './minutes-text';

describe('tasks in agendas, minutes mails and PDFs', () => {
	it('appends the open tasks of earlier meetings to the agenda, with owner and due date when set', () => {
		expect(agendaWithTasks('Begrüßung', [])).toBe('Begrüßung');
		expect(
			agendaWithTasks('Begrüßung', [
				{ title: 'Flyer', owner: 'Anna', dueDate: '2026-05-01' },
				{ title: 'Raum', owner: '', dueDate: '2026-05-02' },
				{ title: 'Brief', owner: 'Ben', dueDate: '' },
				{ title: 'Liste', owner: '', dueDate: '' }
			])
		).toBe(
			'Begrüßung\n\nOffene Aufgaben aus früheren Sitzungen:\n- Flyer (Anna, fällig 2026-05-01)\n- Raum (fällig 2026-05-02)\n- Brief (Ben)\n- Liste'
		);
		expect(agendaWithTasks('', [{ title: 'Flyer', owner: '', dueDate: '' }])).toBe(
			'Offene Aufgaben aus früheren Sitzungen:\n- Flyer'
		);
	});

	it('writes a task as title, owner and due date', () => {
		expect(taskLine({ title: 'Flyer', owner: 'Anna', dueDate: '2026-05-01' })).toBe('Flyer – Anna – fällig 2026-05-01');
		expect(taskLine({ title: 'Flyer', owner: '', dueDate: '' })).toBe('Flyer');
	});
});
