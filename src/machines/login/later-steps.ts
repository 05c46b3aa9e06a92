/**
 * The login's later steps, a chunk of its own: the code and append machines with their default
 * effects. The sign-in page names them through `lazyLogic` stand-ins and loads this chunk while
 * the first screens are up (see `afterPassword` in login.machine.ts).
 */
export { appendActors } from '../append/append.actors'
export { appendMachine } from '../append/append.machine'
export { codeActors } from '../code/code.actors'
export { codeMachine } from '../code/code.machine'
