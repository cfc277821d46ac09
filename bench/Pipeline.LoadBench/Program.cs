using Pipeline.LoadBench;

return await LoadBench.RunAsync(args);
