using Pipeline.LoadBench;

return args is ["compare", ..] ? await Compare.RunAsync(args[1..]) : await LoadBench.RunAsync(args);
