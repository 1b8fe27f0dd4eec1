// `triangulate analyze <folder|files...>`
console.error('triangulate: not implemented yet');
process.exit(1);
