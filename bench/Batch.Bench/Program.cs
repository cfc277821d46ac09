using Batch.Bench;

return await BatchBench.RunAsync(args);
