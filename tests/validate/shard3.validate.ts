import { runShard } from './runShard';

runShard(3);
