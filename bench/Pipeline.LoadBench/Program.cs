using Pipeline.LoadBench;

return args switch
{
    ["compare", ..] => await Compare.RunAsync(args[1..]),
    ["steady", ..] => await Steady.RunAsync(args[1..]),
    _ => await LoadBench.RunAsync(args),
};
