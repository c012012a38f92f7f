import { runShard } from './runShard';

runShard(5);
