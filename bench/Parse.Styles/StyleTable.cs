using System.Globalization;
using System.Text.Json.Nodes;

namespace Parse.Styles;

/// <summary>The scorer's per-file counts summed per style: F1, the weakest fields, and the totals of the development
/// and check halves.</summary>
internal static class StyleTable
{
    private sealed class Counts
    {
        public Dictionary<string, (int Tp, int Fp, int Fn)> Fields { get; } = new(StringComparer.Ordinal);
        public int Files { get; set; }

        public void Add(JsonObject counts)
        {
            Files++;
            foreach (var (field, value) in counts)
            {
                var (tp, fp, fn) = Fields.GetValueOrDefault(field);
                Fields[field] = (tp + value!["tp"]!.GetValue<int>(), fp + value["fp"]!.GetValue<int>(), fn + value["fn"]!.GetValue<int>());
            }
        }

        public void Add(Counts other)
        {
            Files += other.Files;
            foreach (var (field, (tp, fp, fn)) in other.Fields)
            {
                var (a, b, c) = Fields.GetValueOrDefault(field);
                Fields[field] = (a + tp, b + fp, c + fn);
            }
        }

        public double F1() => F1(Fields.Values.Aggregate((0, 0, 0), (s, v) => (s.Item1 + v.Tp, s.Item2 + v.Fp, s.Item3 + v.Fn)));

        public static double F1((int Tp, int Fp, int Fn) c)
        {
            var p = c.Tp + c.Fp > 0 ? (double)c.Tp / (c.Tp + c.Fp) : c.Fn > 0 ? 0 : 1;
            var r = c.Tp + c.Fn > 0 ? (double)c.Tp / (c.Tp + c.Fn) : c.Fp > 0 ? 0 : 1;
            return p + r > 0 ? 2 * p * r / (p + r) : 0;
        }
    }

    public static void Print(JsonNode report, string cases, TextWriter output)
    {
        var byStyle = new SortedDictionary<string, Counts>(StringComparer.Ordinal);
        foreach (var file in report["perFile"]!.AsArray())
        {
            var name = file!["file"]!.GetValue<string>();
            (byStyle.TryGetValue(name, out var c) ? c : byStyle[name] = new Counts()).Add(file["counts"]!.AsObject());
        }
        var c3 = CultureInfo.InvariantCulture;
        output.WriteLine($"{"style",-30}{"producer",-14}{"split",-7}{"files",6}{"F1",8}  weakest fields (F1 < 0.90)");
        var dev = new Counts();
        var check = new Counts();
        var all = new Counts();
        var lowest = (Name: "", F1: 1.0);
        foreach (var (file, counts) in byStyle)
        {
            var template = Catalog.All.FirstOrDefault(t => t.File == file);
            var isCheck = template?.Check == true;
            (isCheck ? check : dev).Add(counts);
            all.Add(counts);
            var f1 = counts.F1();
            if (f1 < lowest.F1)
            {
                lowest = (file, f1);
            }
            var weak = counts.Fields.Select(kv => (Field: kv.Key, F1: Counts.F1(kv.Value))).Where(x => x.F1 < 0.9 && counts.Fields[x.Field] != (0, 0, 0))
                .OrderBy(x => x.F1).Take(4).Select(x => string.Create(c3, $"{x.Field} {x.F1:0.00}"));
            output.WriteLine(string.Create(c3, $"{file,-30}{template?.Producer ?? "?",-14}{(isCheck ? "check" : "dev"),-7}{counts.Files,6}{f1,8:0.000}  {string.Join(", ", weak)}"));
        }
        output.WriteLine();
        output.WriteLine("by field (all styles):");
        foreach (var (field, value) in all.Fields)
        {
            output.WriteLine(string.Create(c3, $"  {field,-24}{Counts.F1(value),7:0.000}"));
        }
        output.WriteLine(string.Create(c3, $"styles={byStyle.Count} files={all.Files} lowest={lowest.Name} {lowest.F1:0.000}"));
        output.WriteLine(string.Create(c3, $"dev_f1={dev.F1():0.000} ({dev.Files} files)  check_f1={check.F1():0.000} ({check.Files} files)"));
        output.WriteLine(string.Create(c3, $"overall_f1={all.F1():0.000}"));
        _ = cases;
    }
}
