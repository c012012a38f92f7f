import { runShard } from './runShard';

runShard(0);
