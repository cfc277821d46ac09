using System.Diagnostics;
using System.Globalization;
using LineRoles;

// Would a learned model of line roles carry to unseen layouts better than the parser's rules? Whole style families are
// held out in turn; the model's roles and the rules' roles are scored on the same held-out lines.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
// Roots are cross-validated (held out in turn, trained on otherwise) unless named after --train (always trained on, never
// scored) or --eval (scored, never trained on).
var cvRoots = new List<string>();
var trainRoots = new List<string>();
var evalRoots = new List<string>();
var into = cvRoots;
int folds = 10, iterations = 200, sample = 40, seed = 7;
string? dump = null;
var group = "family";
var cost = false;
string? show = null;
string? linesOut = null;
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
        case "--cost": cost = true; break;
        case "--show": show = args[++i]; break;
        case "--lines": linesOut = args[++i]; break;
        case "--cv": into = cvRoots; break;
        case "--train": into = trainRoots; break;
        case "--eval": into = evalRoots; break;
        default: into.Add(args[i]); break;
    }
}
if (cvRoots.Count + evalRoots.Count == 0 || cvRoots.Count > 0 && evalRoots.Count > 0)
{
    Console.Error.WriteLine("usage: LineRoles [--cv] ROOT... | --eval ROOT...   [--train ROOT...] [--folds 10 (0: one per family)] [--iterations 200]");
    Console.Error.WriteLine("       [--sample 40 (0: aggregate figures only, no line text)] [--group family|person] [--cost] [--dump STYLE] [--show ROLE] [--lines FILE.tsv]");
    Console.Error.WriteLine("  cross-validated roots are held out in turn (whole style families; a set of real resumes whole); --train roots are");
    Console.Error.WriteLine("  only trained on; --eval roots are only scored, by a model trained on the --train roots.");
    return 2;
}
var full = (string r) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(r));
if (evalRoots.Select(full).Intersect(trainRoots.Concat(cvRoots).Select(full)).FirstOrDefault() is { } both)
{
    Console.Error.WriteLine($"{both} is both trained on and evaluated");
    return 2;
}
// Aggregate figures only: no line text, no file names, no per-style rows (a private held set's layouts stay private).
var quiet = sample <= 0;
if (quiet && (dump ?? show ?? linesOut) is not null)
{
    Console.Error.WriteLine("--dump, --show and --lines print line text: not with --sample 0");
    return 2;
}

var trainFiles = CorpusFile.Read(trainRoots);
var scoredFiles = CorpusFile.Read(evalRoots.Count > 0 ? evalRoots : cvRoots);
var allFiles = trainFiles.Concat(scoredFiles).ToList();
Console.WriteLine($"trained-only: {trainFiles.Count} files of {trainRoots.Count} roots; {(evalRoots.Count > 0 ? "evaluated-only" : "cross-validated")}: "
    + $"{scoredFiles.Count} files of {scoredFiles.Select(f => f.Root).Distinct().Count()} roots, {scoredFiles.Select(f => f.Style).Distinct().Count()} styles, "
    + $"{scoredFiles.Select(f => f.Family).Distinct().Count()} families, {scoredFiles.Select(f => f.CaseId).Distinct().Count()} people, {scoredFiles.Count(f => f.Real)} real files");

var clock = Stopwatch.StartNew();
var skipped = 0;
List<LineSample> ReadLines(List<CorpusFile> list)
{
    var read = new List<LineSample>();
    foreach (var file in list)
    {
        try
        {
            read.AddRange(FileLines.Read(file));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            skipped++;
            if (!quiet)
            {
                Console.WriteLine($"  skipped {file.Path}: {e.GetType().Name} {e.Message}");
            }
        }
    }
    return read;
}
var trainOnly = ReadLines(trainFiles);
var samples = ReadLines(scoredFiles);
Console.WriteLine($"{trainOnly.Count} trained-only and {samples.Count} scored lines read and labelled in {clock.Elapsed.TotalSeconds:F0} s; {skipped} files skipped");

if (dump is not null)
{
    foreach (var s in samples.Where(s => s.File.Style == dump && s.File == samples.First(x => x.File.Style == dump).File))
    {
        Console.WriteLine($"{s.Truth,-10} {s.Rule,-10} {Clip(s.Text, 90)}");
    }
    return 0;
}

Console.WriteLine();
Console.WriteLine("true roles (scored lines): " + string.Join(", ", Roles.All.Select(r => $"{r} {samples.Count(s => s.Truth == r)}")));

// Families to folds, largest first into the fold with the fewest lines so far. Grouping by person instead lets every
// layout be seen in training (other people in it): the figure for layouts the model knows, to set beside unseen ones.
// With --eval there is one fold: every scored line held out, every --train line trained on.
Func<LineSample, string> groupOf = evalRoots.Count > 0 ? _ => "eval" : group == "person" ? s => s.File.CaseId : s => s.File.Family;
Console.WriteLine(evalRoots.Count > 0 ? "evaluated roots are held out whole: never trained on"
    : group == "person" ? "folds hold out PEOPLE: every layout is seen in training (the seen-layout contrast)"
    : "folds hold out whole style families (a set of real resumes as one): layouts unseen in training");
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
RoleModel? lastModel = null;
clock.Restart();
for (var k = 0; k < foldCount; k++)
{
    var held = Enumerable.Range(0, samples.Count).Where(i => foldOf[groupOf(samples[i])] == k).ToList();
    var test = held.Select(i => samples[i]).ToList();
    // With --eval nothing scored is trained on; cross-validated, the other folds' lines join the --train lines.
    var training = evalRoots.Count > 0 ? trainOnly : trainOnly.Concat(samples.Where(s => foldOf[groupOf(s)] != k)).ToList();
    var model = RoleModel.Train(training, seed, iterations);
    var predicted = model.Predict(test);
    var layered = RoleModel.Train(training, seed, iterations, withRules: true).Predict(test);
    lastModel = model;
    for (var j = 0; j < test.Count; j++)
    {
        modelRoles[held[j]] = predicted[j];
        layeredRoles[held[j]] = layered[j];
    }
    var heldNames = evalRoots.Count > 0 ? string.Join(", ", evalRoots.Select(r => Path.GetFileName(full(r))))
        : string.Join(", ", foldOf.Where(f => f.Value == k).Select(f => f.Key).Order(StringComparer.Ordinal));
    Console.WriteLine($"  fold {k + 1}/{foldCount}: trained on {training.Count} lines, held out {heldNames} ({test.Count} lines)");
}
Console.WriteLine($"{foldCount} folds in {clock.Elapsed.TotalSeconds:F0} s (contended machine)");

var truth = samples.Select(s => s.Truth).ToArray();
var rules = samples.Select(s => s.Rule).ToArray();

var heldWhat = evalRoots.Count > 0 ? "evaluated roots" : group == "person" ? "people" : "families";
Console.WriteLine();
Console.WriteLine($"Per role on held-out {heldWhat}, the same lines: (a) the model, (b) the rules, (c) the model given the rules' role as one more feature");
Console.WriteLine($"{"role",-10} {"lines",6} | {"(a) P",7} {"R",5} {"F1",5} | {"(b) P",7} {"R",5} {"F1",5} | {"(c) P",7} {"R",5} {"F1",5} | {"a−b F1",6} {"c−b F1",6}");
void RoleRow(string name, string role, IReadOnlyList<string> t, IReadOnlyList<string> m, IReadOnlyList<string> r, IReadOnlyList<string> c)
{
    var a = RoleScores.For(role, t, m);
    var b = RoleScores.For(role, t, r);
    var l = RoleScores.For(role, t, c);
    Console.WriteLine($"{name,-10} {a.Support,6} | {a.Precision,7:F3} {a.Recall,5:F3} {a.F1,5:F3} | {b.Precision,7:F3} {b.Recall,5:F3} {b.F1,5:F3} | {l.Precision,7:F3} {l.Recall,5:F3} {l.F1,5:F3} | {a.F1 - b.F1,6:+0.000;-0.000} {l.F1 - b.F1,6:+0.000;-0.000}");
}
foreach (var role in Roles.All)
{
    RoleRow(role, role, truth, modelRoles, rules, layeredRoles);
}
string[] Coarse(IEnumerable<string> roles) => roles.Select(Roles.Coarse).ToArray();
RoleRow("(entry)", "entry", Coarse(truth), Coarse(modelRoles), Coarse(rules), Coarse(layeredRoles));
void Summary(string name, Func<IReadOnlyList<string>, IReadOnlyList<string>, double> measure, IReadOnlyList<int>? only = null, string note = "")
{
    var ids = only ?? Enumerable.Range(0, samples.Count).ToList();
    var t = ids.Select(i => truth[i]).ToList();
    Console.WriteLine($"{name,-17} | {"",13} {measure(t, ids.Select(i => modelRoles[i]).ToList()),5:F3} | {"",13} {measure(t, ids.Select(i => rules[i]).ToList()),5:F3} | {"",13} {measure(t, ids.Select(i => layeredRoles[i]).ToList()),5:F3} | {note}");
}
Summary("macro F1", RoleScores.MacroF1);
Summary("accuracy", (t, p) => RoleScores.Accuracy(t, p));
Summary("coarse accuracy", (t, p) => RoleScores.Accuracy(t, p, Roles.Coarse), note: "employer/title/date/place as one \"entry\" role");
if (samples.Any(s => !s.File.Real))
{
    foreach (var split in new[] { false, true })
    {
        var idx = Enumerable.Range(0, samples.Count).Where(i => !samples[i].File.Real && samples[i].File.Check == split).ToList();
        Summary((split ? "check" : "dev") + " styles", (t, p) => RoleScores.Accuracy(t, p), idx, $"{idx.Count} lines");
    }
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
RoleScores.PrintMatrix("(b) the rules", truth, rules);
RoleScores.PrintMatrix("(c) model + rules' role", truth, layeredRoles);

// Per root (a corpus render, a set of real resumes): aggregate figures, safe to print for a private set.
Console.WriteLine();
Console.WriteLine("Per root: lines, accuracy (a) / (b) / (c), heading F1 (a) / (b) / (c), entry-line F1 (a) / (b) / (c)");
foreach (var root in samples.Select(s => s.File.Root).Distinct().Order(StringComparer.Ordinal))
{
    var ids = Enumerable.Range(0, samples.Count).Where(i => samples[i].File.Root == root).ToList();
    var t = ids.Select(i => truth[i]).ToList();
    var m = ids.Select(i => modelRoles[i]).ToList();
    var r = ids.Select(i => rules[i]).ToList();
    var c = ids.Select(i => layeredRoles[i]).ToList();
    double H(List<string> p) => RoleScores.For(Roles.Heading, t, p).F1;
    double E(List<string> p) => RoleScores.For("entry", Coarse(t), Coarse(p)).F1;
    Console.WriteLine($"{root,-22} {ids.Count,6} | {RoleScores.Accuracy(t, m),5:F3} {RoleScores.Accuracy(t, r),5:F3} {RoleScores.Accuracy(t, c),5:F3} | "
        + $"{H(m),5:F3} {H(r),5:F3} {H(c),5:F3} | {E(m),5:F3} {E(r),5:F3} {E(c),5:F3}");
}

if (!quiet)
{
    Console.WriteLine();
    Console.WriteLine("Per style, line-role accuracy (model held out / rules / (c)); coarse in brackets");
    Console.WriteLine($"{"style",-30} {"split",-5} {"family",-18} {"lines",5} {"model",6} {"rules",6} {"Δ",7} {"(c)",6}   {"model",6} {"rules",6}");
    var styleRows = samples.Select((s, i) => (s, i)).GroupBy(p => (Root: p.s.File.Real ? p.s.File.Root : "", p.s.File.Style)).Select(g =>
    {
        var ids = g.Select(p => p.i).ToList();
        var t = ids.Select(i => truth[i]).ToList();
        var m = ids.Select(i => modelRoles[i]).ToList();
        var r = ids.Select(i => rules[i]).ToList();
        var c = ids.Select(i => layeredRoles[i]).ToList();
        return (g.Key.Style, g.First().s.File, Lines: ids.Count, Model: RoleScores.Accuracy(t, m), Rules: RoleScores.Accuracy(t, r), Layered: RoleScores.Accuracy(t, c),
            ModelCoarse: RoleScores.Accuracy(t, m, Roles.Coarse), RulesCoarse: RoleScores.Accuracy(t, r, Roles.Coarse));
    }).OrderBy(r => r.Model - r.Rules).ToList();
    foreach (var row in styleRows)
    {
        Console.WriteLine($"{Clip(row.Style, 30),-30} {(row.File.Real ? "real" : row.File.Check ? "check" : "dev"),-5} {Clip(row.File.Family, 18),-18} {row.Lines,5} {row.Model,6:F3} {row.Rules,6:F3} {row.Model - row.Rules,7:+0.000;-0.000} {row.Layered,6:F3}   [{row.ModelCoarse,4:F3} {row.RulesCoarse,5:F3}]");
    }
    Console.WriteLine($"styles where the model is ahead by > 0.02: {styleRows.Count(r => r.Model - r.Rules > 0.02)}, behind by > 0.02: {styleRows.Count(r => r.Rules - r.Model > 0.02)}, of {styleRows.Count}");
    Console.WriteLine($"lowest style: model {styleRows.Min(r => r.Model):F3} ({styleRows.MinBy(r => r.Model).Style}), rules {styleRows.Min(r => r.Rules):F3} ({styleRows.MinBy(r => r.Rules).Style}), (c) {styleRows.Min(r => r.Layered):F3} ({styleRows.MinBy(r => r.Layered).Style})");
    Console.WriteLine($"(c) against the rules: ahead by > 0.02 on {styleRows.Count(r => r.Layered - r.Rules > 0.02)} styles, behind by > 0.02 on {styleRows.Count(r => r.Rules - r.Layered > 0.02)}");
}

// Size and cost of a model trained on every line, asked one line at a time as a parser would.
if (cost)
{
    Console.WriteLine();
    var training = trainOnly.Concat(samples).ToList();
    clock.Restart();
    var fullModel = evalRoots.Count > 0 ? lastModel! : RoleModel.Train(training, seed, iterations);
    var trainSeconds = clock.Elapsed.TotalSeconds;
    var bytes = fullModel.SavedBytes(training);
    var engine = fullModel.Engine();
    foreach (var s in training.Take(500))
    {
        engine(s.Features);
    }
    clock.Restart();
    var rounds = 0;
    while (clock.ElapsedMilliseconds < 3000)
    {
        foreach (var s in training)
        {
            engine(s.Features);
        }
        rounds++;
    }
    var perLine = clock.Elapsed.TotalMicroseconds / (rounds * training.Count);
    var featureWatch = Stopwatch.StartNew();
    var featureCount = 0;
    var layouts = allFiles.Take(60).Select(f => FileLines.Extract(File.ReadAllBytes(f.Path))).Where(l => l is not null).ToList();
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
    foreach (var file in allFiles.Take(60))
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
    Console.WriteLine($"model on all {training.Count} lines: {iterations} rounds × {Roles.All.Length} classes, trained in {trainSeconds:F1} s; saved {bytes / 1024.0:F0} KiB; "
        + $"{LineFeatures.Names.Length} features");
    Console.WriteLine($"cost per line (one core, contended): prediction {perLine:F1} µs one line at a time; features {featureMicros:F1} µs; "
        + $"per file ({linesPerFile:F0} lines) {modelMs:F2} ms against {parseMs:F2} ms for the whole parse (extract + build) in this run: +{100 * modelMs / parseMs:F0}%");
}
if (quiet)
{
    return 0;
}

// A sample of labels to read by eye: how noisy is the truth side?
var random = new Random(seed);
void Lines(string title, IEnumerable<int> ids)
{
    Console.WriteLine();
    Console.WriteLine(title + " (truth / rules / model / (c)):");
    foreach (var i in ids.OrderBy(_ => random.Next()).Take(sample).Order())
    {
        var s = samples[i];
        Console.WriteLine($"  {Clip(s.File.Real ? s.File.CaseId : s.File.Style, 22),-22} {s.Truth,-9} {s.Rule,-9} {modelRoles[i],-9} {layeredRoles[i],-9} {Clip(s.Text, 80)}");
    }
}
var all = Enumerable.Range(0, samples.Count).ToList();
if (linesOut is not null)
{
    // Every scored line with its four roles, for labels corrected by hand outside the tool (never with --sample 0).
    File.WriteAllLines(linesOut, all.Select(i => string.Join('\t', samples[i].File.CaseId, samples[i].Index, truth[i], rules[i], modelRoles[i], layeredRoles[i],
        samples[i].Text.Replace('\t', ' '))));
}
if (show is not null)
{
    // Every line where the truth, the rules, (a) or (c) says this role and not all agree: the lines that decide the
    // comparison for that role, to be read whole by eye (the truth's labels are found by words, and can be wrong).
    var ids = all.Where(i => new[] { truth[i], rules[i], modelRoles[i], layeredRoles[i] } is var v && v.Contains(show) && v.Distinct().Count() > 1).ToList();
    Console.WriteLine();
    Console.WriteLine($"All {ids.Count} lines where truth, rules, (a) or (c) says {show} and they disagree (truth / rules / model / (c)):");
    foreach (var i in ids)
    {
        var s = samples[i];
        Console.WriteLine($"  {Clip(s.File.Real ? s.File.CaseId : s.File.Style, 22),-22} {s.Truth,-9} {s.Rule,-9} {modelRoles[i],-9} {layeredRoles[i],-9} {Clip(s.Text, 80)}");
    }
    return 0;
}
Lines($"A random sample of {sample} labelled lines to check the labels by eye", all);
// Where the model and the rules disagree is where the labels are most worth reading.
Lines("Lines the model and the rules disagree on, a sample", all.Where(i => modelRoles[i] != rules[i]));
// The truth names no headings: the labeller finds them by words. Lines it calls headings, and short lines standing alone
// it calls something else, are where a wrong heading label would hide.
Lines("Lines the truth labels heading, a sample", all.Where(i => truth[i] == Roles.Heading));
Lines("Short lines (<= 4 words) the truth labels \"other\", a sample", all.Where(i => truth[i] == Roles.Other
    && samples[i].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4));
return 0;

static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
