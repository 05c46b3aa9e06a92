/** The fault matrix, the other two failures of each remote call: see `fault-matrix.ts`. */
import { faultMatrix } from './fault-matrix'

faultMatrix('the rest')
