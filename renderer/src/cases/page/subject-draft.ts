// tests/integration (another worktree's) still imports the draft from here; it lives in subjects/ now.
export { blankSubject } from '../../subjects/subject-draft'
