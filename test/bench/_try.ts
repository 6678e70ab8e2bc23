import { databaseFigures } from './db-bench';
databaseFigures(console.log).then((r) => console.log(JSON.stringify(r, null, 1)));
