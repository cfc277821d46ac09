using System.Diagnostics;
using System.Globalization;
using LineRoles;

// Would a learned model of line roles carry to unseen layouts better than the parser's rules? Whole style families are
// held out in turn; the model's roles and the rules' roles are scored on the same held-out lines.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var roots = new List<string>();
int folds = 10, iterations = 200, sample = 40, seed = 7;
string? dump = null;
var group = "family";
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--folds": folds = int.Parse(args[++i]); break;
        case "--iterations": iterations = int.Parse(args[++i]); break;
        case "--sample": sample = int.Parse(args[++i]); break;
        case "--seed": seed = int.Parse(args[++i]); break;
        case "--dump": dump = args[++i]; break;
        case "--group": group = args[++i]; break;
        default: roots.Add(args[i]); break;
    }
}
if (roots.Count == 0)
{
    Console.Error.WriteLine("usage: LineRoles CORPUS_DIR... [--folds 10 (0: one per family)] [--iterations 200] [--sample 40] [--group family|person] [--dump STYLE]");
    return 2;
}

var files = CorpusFile.Read(roots);
Console.WriteLine($"{files.Count} files, {files.Select(f => f.Style).Distinct().Count()} styles, {files.Select(f => f.Family).Distinct().Count()} families, {files.Select(f => f.CaseId).Distinct().Count()} people");

var clock = Stopwatch.StartNew();
var samples = new List<LineSample>();
foreach (var file in files)
{
    try
    {
        samples.AddRange(FileLines.Read(file));
    }
    catch (Exception e) when (e is not OutOfMemoryException)
    {
        Console.WriteLine($"  skipped {file.Path}: {e.GetType().Name} {e.Message}");
    }
}
Console.WriteLine($"{samples.Count} lines read and labelled in {clock.Elapsed.TotalSeconds:F0} s");

if (dump is not null)
{
    foreach (var s in samples.Where(s => s.File.Style == dump && s.File == samples.First(x => x.File.Style == dump).File))
    {
        Console.WriteLine($"{s.Truth,-10} {s.Rule,-10} {Clip(s.Text, 90)}");
    }
    return 0;
}

Console.WriteLine();
Console.WriteLine("true roles: " + string.Join(", ", Roles.All.Select(r => $"{r} {samples.Count(s => s.Truth == r)}")));

// Families to folds, largest first into the fold with the fewest lines so far. Grouping by person instead lets every
// layout be seen in training (other people in it): the figure for layouts the model knows, to set beside unseen ones.
Func<LineSample, string> groupOf = group == "person" ? s => s.File.CaseId : s => s.File.Family;
Console.WriteLine(group == "person" ? "folds hold out PEOPLE: every layout is seen in training (the seen-layout contrast)" : "folds hold out whole style families: layouts unseen in training");
var families = samples.GroupBy(groupOf).Select(g => (Family: g.Key, Lines: g.Count())).OrderByDescending(f => f.Lines).ThenBy(f => f.Family).ToList();
var foldCount = folds <= 0 ? families.Count : Math.Min(folds, families.Count);
var foldOf = new Dictionary<string, int>(StringComparer.Ordinal);
var foldLines = new int[foldCount];
foreach (var (family, lines) in families)
{
    var k = Array.IndexOf(foldLines, foldLines.Min());
    foldOf[family] = k;
    foldLines[k] += lines;
}

var modelRoles = new string[samples.Count];
var layeredRoles = new string[samples.Count];
clock.Restart();
for (var k = 0; k < foldCount; k++)
{
    var held = Enumerable.Range(0, samples.Count).Where(i => foldOf[groupOf(samples[i])] == k).ToList();
    var test = held.Select(i => samples[i]).ToList();
    var model = RoleModel.Train(samples.Where(s => foldOf[groupOf(s)] != k), seed, iterations);
    var predicted = model.Predict(test);
    var layered = RoleModel.Train(samples.Where(s => foldOf[groupOf(s)] != k), seed, iterations, withRules: true).Predict(test);
    for (var j = 0; j < test.Count; j++)
    {
        modelRoles[held[j]] = predicted[j];
        layeredRoles[held[j]] = layered[j];
    }
    Console.WriteLine($"  fold {k + 1}/{foldCount}: held out {string.Join(", ", foldOf.Where(f => f.Value == k).Select(f => f.Key).Order(StringComparer.Ordinal))} ({test.Count} lines)");
}
Console.WriteLine($"cross-validation: {foldCount} folds of whole {(group == "person" ? "people" : "families")} in {clock.Elapsed.TotalSeconds:F0} s (contended machine)");

var truth = samples.Select(s => s.Truth).ToArray();
var rules = samples.Select(s => s.Rule).ToArray();

Console.WriteLine();
Console.WriteLine($"Per role on held-out {(group == "person" ? "people" : "families")}, the same lines: (a) the model, (b) the rules, (c) the model given the rules' role as one more feature");
Console.WriteLine($"{"role",-10} {"lines",6} | {"(a) P",7} {"R",5} {"F1",5} | {"(b) P",7} {"R",5} {"F1",5} | {"(c) P",7} {"R",5} {"F1",5} | {"a−b F1",6} {"c−b F1",6}");
foreach (var role in Roles.All)
{
    var m = RoleScores.For(role, truth, modelRoles);
    var r = RoleScores.For(role, truth, rules);
    var c = RoleScores.For(role, truth, layeredRoles);
    Console.WriteLine($"{role,-10} {m.Support,6} | {m.Precision,7:F3} {m.Recall,5:F3} {m.F1,5:F3} | {r.Precision,7:F3} {r.Recall,5:F3} {r.F1,5:F3} | {c.Precision,7:F3} {c.Recall,5:F3} {c.F1,5:F3} | {m.F1 - r.F1,6:+0.000;-0.000} {c.F1 - r.F1,6:+0.000;-0.000}");
}
void Summary(string name, Func<IReadOnlyList<string>, IReadOnlyList<string>, double> measure, IReadOnlyList<int>? only = null, string note = "")
{
    var ids = only ?? Enumerable.Range(0, samples.Count).ToList();
    var t = ids.Select(i => truth[i]).ToList();
    Console.WriteLine($"{name,-17} | {"",13} {measure(t, ids.Select(i => modelRoles[i]).ToList()),5:F3} | {"",13} {measure(t, ids.Select(i => rules[i]).ToList()),5:F3} | {"",13} {measure(t, ids.Select(i => layeredRoles[i]).ToList()),5:F3} | {note}");
}
Summary("macro F1", RoleScores.MacroF1);
Summary("accuracy", (t, p) => RoleScores.Accuracy(t, p));
Summary("coarse accuracy", (t, p) => RoleScores.Accuracy(t, p, Roles.Coarse), note: "employer/title/date/place as one \"entry\" role");
foreach (var split in new[] { false, true })
{
    var idx = Enumerable.Range(0, samples.Count).Where(i => samples[i].File.Check == split).ToList();
    Summary((split ? "check" : "dev") + " styles", (t, p) => RoleScores.Accuracy(t, p), idx, $"{idx.Count} lines");
}
foreach (var format in samples.Select(s => Path.GetExtension(s.File.Path)).Distinct().Order(StringComparer.Ordinal))
{
    var idx = Enumerable.Range(0, samples.Count).Where(i => Path.GetExtension(samples[i].File.Path) == format).ToList();
    Summary(format + " files", (t, p) => RoleScores.Accuracy(t, p), idx, $"{idx.Count} lines");
}
Console.WriteLine("model's commonest mistakes: " + string.Join("; ", RoleScores.Confusions(truth, modelRoles, 8)));
Console.WriteLine("rules' commonest mistakes:  " + string.Join("; ", RoleScores.Confusions(truth, rules, 8)));
Console.WriteLine("(c)'s commonest mistakes:   " + string.Join("; ", RoleScores.Confusions(truth, layeredRoles, 8)));

Console.WriteLine();
Console.WriteLine("Per style, line-role accuracy (model held out / rules / (c)); coarse in brackets");
Console.WriteLine($"{"style",-26} {"split",-5} {"family",-18} {"lines",5} {"model",6} {"rules",6} {"Δ",7} {"(c)",6}   {"model",6} {"rules",6}");
var styleRows = samples.Select((s, i) => (s, i)).GroupBy(p => p.s.File.Style).Select(g =>
{
    var ids = g.Select(p => p.i).ToList();
    var t = ids.Select(i => truth[i]).ToList();
    var m = ids.Select(i => modelRoles[i]).ToList();
    var r = ids.Select(i => rules[i]).ToList();
    var c = ids.Select(i => layeredRoles[i]).ToList();
    return (Style: g.Key, g.First().s.File, Lines: ids.Count, Model: RoleScores.Accuracy(t, m), Rules: RoleScores.Accuracy(t, r), Layered: RoleScores.Accuracy(t, c),
        ModelCoarse: RoleScores.Accuracy(t, m, Roles.Coarse), RulesCoarse: RoleScores.Accuracy(t, r, Roles.Coarse));
}).OrderBy(r => r.Model - r.Rules).ToList();
foreach (var row in styleRows)
{
    Console.WriteLine($"{row.Style,-26} {(row.File.Check ? "check" : "dev"),-5} {row.File.Family,-18} {row.Lines,5} {row.Model,6:F3} {row.Rules,6:F3} {row.Model - row.Rules,7:+0.000;-0.000} {row.Layered,6:F3}   [{row.ModelCoarse,4:F3} {row.RulesCoarse,5:F3}]");
}
Console.WriteLine($"styles where the model is ahead by > 0.02: {styleRows.Count(r => r.Model - r.Rules > 0.02)}, behind by > 0.02: {styleRows.Count(r => r.Rules - r.Model > 0.02)}, of {styleRows.Count}");
Console.WriteLine($"lowest style: model {styleRows.Min(r => r.Model):F3} ({styleRows.MinBy(r => r.Model).Style}), rules {styleRows.Min(r => r.Rules):F3} ({styleRows.MinBy(r => r.Rules).Style}), (c) {styleRows.Min(r => r.Layered):F3} ({styleRows.MinBy(r => r.Layered).Style})");
Console.WriteLine($"(c) against the rules: ahead by > 0.02 on {styleRows.Count(r => r.Layered - r.Rules > 0.02)} styles, behind by > 0.02 on {styleRows.Count(r => r.Rules - r.Layered > 0.02)}");

// Size and cost of a model trained on every line, asked one line at a time as a parser would.
Console.WriteLine();
clock.Restart();
var full = RoleModel.Train(samples, seed, iterations);
var trainSeconds = clock.Elapsed.TotalSeconds;
var bytes = full.SavedBytes(samples);
var engine = full.Engine();
foreach (var s in samples.Take(500))
{
    engine(s.Features);
}
clock.Restart();
var rounds = 0;
while (clock.ElapsedMilliseconds < 3000)
{
    foreach (var s in samples)
    {
        engine(s.Features);
    }
    rounds++;
}
var perLine = clock.Elapsed.TotalMicroseconds / (rounds * samples.Count);
var featureWatch = Stopwatch.StartNew();
var featureCount = 0;
var layouts = files.Take(60).Select(f => FileLines.Extract(File.ReadAllBytes(f.Path))).Where(l => l is not null).ToList();
featureWatch.Restart();
foreach (var layout in layouts)
{
    LineFeatures.Compute(layout!.Lines, layout.FileType);
    featureCount += layout.Lines.Count;
}
var featureMicros = featureWatch.Elapsed.TotalMicroseconds / Math.Max(1, featureCount);
// The parse itself on the same files in the same run, so the model's cost is read against it (the machine is shared).
var parseWatch = Stopwatch.StartNew();
var parsed = 0;
foreach (var file in files.Take(60))
{
    if (FileLines.Extract(File.ReadAllBytes(file.Path)) is { } layout)
    {
        FileLines.BuildResume(layout);
        parsed++;
    }
}
var parseMs = parseWatch.Elapsed.TotalMilliseconds / Math.Max(1, parsed);
var linesPerFile = (double)featureCount / Math.Max(1, layouts.Count);
var modelMs = (perLine + featureMicros) * linesPerFile / 1000;
Console.WriteLine($"model on all {samples.Count} lines: {iterations} rounds × {Roles.All.Length} classes, trained in {trainSeconds:F1} s; saved {bytes / 1024.0:F0} KiB; "
    + $"{LineFeatures.Names.Length} features");
Console.WriteLine($"cost per line (one core, contended): prediction {perLine:F1} µs one line at a time; features {featureMicros:F1} µs; "
    + $"per file ({linesPerFile:F0} lines) {modelMs:F2} ms against {parseMs:F2} ms for the whole parse (extract + build) in this run: +{100 * modelMs / parseMs:F0}%");
Console.WriteLine();

// A sample of labels to read by eye: how noisy is the truth side?
Console.WriteLine();
Console.WriteLine($"A random sample of {sample} labelled lines to check the labels by eye (truth / rules / model):");
var random = new Random(seed);
foreach (var i in Enumerable.Range(0, samples.Count).OrderBy(_ => random.Next()).Take(sample).Order())
{
    var s = samples[i];
    Console.WriteLine($"  {s.File.Style,-22} {s.Truth,-9} {s.Rule,-9} {modelRoles[i],-9} {Clip(s.Text, 80)}");
}
// Where the model and the rules disagree is where the labels are most worth reading.
Console.WriteLine();
Console.WriteLine("Lines the model and the rules disagree on, a sample (truth / rules / model):");
foreach (var i in Enumerable.Range(0, samples.Count).Where(i => modelRoles[i] != rules[i]).OrderBy(_ => random.Next()).Take(sample).Order())
{
    var s = samples[i];
    Console.WriteLine($"  {s.File.Style,-22} {s.Truth,-9} {s.Rule,-9} {modelRoles[i],-9} {Clip(s.Text, 80)}");
}
return 0;

static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
