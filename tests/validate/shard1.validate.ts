import { runShard } from './runShard';

runShard(1);
