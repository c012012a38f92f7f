import { runShard } from './runShard';

runShard(2);
