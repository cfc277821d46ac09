using System.Globalization;
using Parse.Holdout;

// dotnet run --project bench/Parse.Holdout -c Release -- --out /tmp/holdout --seed 7 [--people 30] [--layouts 7] [--only even,plain-pdf]
string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
var outDir = Arg("--out");
if (outDir is null || Arg("--seed") is not { } seedText || !int.TryParse(seedText, CultureInfo.InvariantCulture, out var seed))
{
    Console.Error.WriteLine("usage: Parse.Holdout --out DIR --seed N [--people 30] [--layouts 7] [--only unit,unit]");
    Console.Error.WriteLine("units: " + string.Join(", ", Generator.Units.Select(u => u.Name)));
    return 2;
}
var people = int.Parse(Arg("--people") ?? "30", CultureInfo.InvariantCulture);
var perPerson = int.Parse(Arg("--layouts") ?? "7", CultureInfo.InvariantCulture);
var themes = ThemesDir.Find();
return new Generator(new GeneratorOptions(Path.GetFullPath(outDir), seed, people, perPerson, Arg("--only")?.Split(','), themes)).Run();
