using System.Globalization;
using Parse.Styles;

// dotnet run --project bench/Parse.Styles -c Release -- --out /tmp/styles --seed 11 [--people 14] [--per-person 10] [--only a,b]
//   [--render-only | --score-only] [--scorer ../shared/bench/parse-dev/score.mjs]
string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
if (Arg("--out") is not { } outDir || Arg("--seed") is not { } seedText || !int.TryParse(seedText, CultureInfo.InvariantCulture, out var seed))
{
    Console.Error.WriteLine("usage: Parse.Styles --out DIR --seed N [--people 14] [--per-person 10] [--only style,style] [--render-only|--score-only] [--scorer PATH]");
    Console.Error.WriteLine("styles: " + string.Join(", ", Catalog.All.Select(t => t.Name)));
    return 2;
}
var options = new StyleRunOptions(
    Path.GetFullPath(outDir), seed,
    int.Parse(Arg("--people") ?? "14", CultureInfo.InvariantCulture),
    int.Parse(Arg("--per-person") ?? "10", CultureInfo.InvariantCulture),
    Arg("--only")?.Split(','),
    Arg("--scorer") ?? new[] { "../shared/bench/parse-dev/score.mjs", "../../shared/bench/parse-dev/score.mjs" }.Select(Path.GetFullPath).FirstOrDefault(File.Exists) ?? "score.mjs",
    args.Contains("--render-only"), args.Contains("--score-only"));
return new StyleRun(options).Run();
