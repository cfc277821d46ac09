namespace Pipeline.Cli.Inputs;

/// <summary>Runs one piece of work per input on every core, keeping results in input order.</summary>
public static class ParallelRunner
{
    public static async Task<TResult[]> RunAsync<TResult>(
        IReadOnlyList<InputFile> inputs,
        Func<InputFile, CancellationToken, ValueTask<TResult>> work,
        Action<InputFile, TResult>? completed = null,
        CancellationToken cancellationToken = default)
    {
        var results = new TResult[inputs.Count];
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(Enumerable.Range(0, inputs.Count), options, async (i, ct) =>
        {
            results[i] = await work(inputs[i], ct);
            completed?.Invoke(inputs[i], results[i]);
        });
        return results;
    }
}
