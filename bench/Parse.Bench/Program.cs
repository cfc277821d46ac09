using Parse.Bench;

return BenchApp.Run(args, Console.Out);
