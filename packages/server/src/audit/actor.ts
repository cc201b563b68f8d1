/** Who did something: a signed-in user, or the system itself (migrations, the demo loader, the CLI). */
export interface Actor {
  id: string | null;
  name: string;
}

export const SYSTEM_ACTOR: Actor = { id: null, name: '系统' };
