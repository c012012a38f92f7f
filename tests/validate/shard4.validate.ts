import { runShard } from './runShard';

runShard(4);
