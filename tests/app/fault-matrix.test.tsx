/** The fault matrix, one failure per remote call: see `fault-matrix.ts`. */
import { faultMatrix } from './fault-matrix'

faultMatrix('one per call')
