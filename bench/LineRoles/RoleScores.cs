using System.Globalization;

namespace LineRoles;

/// <summary>Precision, recall and F1 per role, and accuracy, of one set of predicted roles against the true ones.</summary>
internal static class RoleScores
{
    public static (double Precision, double Recall, double F1, int Support) For(string role, IReadOnlyList<string> truth, IReadOnlyList<string> predicted)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < truth.Count; i++)
        {
            var t = truth[i] == role;
            var p = predicted[i] == role;
            tp += t && p ? 1 : 0;
            fp += !t && p ? 1 : 0;
            fn += t && !p ? 1 : 0;
        }
        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1, tp + fn);
    }

    public static double Accuracy(IReadOnlyList<string> truth, IReadOnlyList<string> predicted, Func<string, string>? map = null)
    {
        map ??= r => r;
        var right = 0;
        for (var i = 0; i < truth.Count; i++)
        {
            right += map(truth[i]) == map(predicted[i]) ? 1 : 0;
        }
        return truth.Count == 0 ? 0 : (double)right / truth.Count;
    }

    /// <summary>Macro F1 over the roles the truth holds.</summary>
    public static double MacroF1(IReadOnlyList<string> truth, IReadOnlyList<string> predicted)
    {
        var roles = Roles.All.Where(r => truth.Contains(r)).ToList();
        return roles.Count == 0 ? 0 : roles.Average(r => For(r, truth, predicted).F1);
    }

    /// <summary>The most frequent (truth → predicted) mistakes.</summary>
    public static IEnumerable<string> Confusions(IReadOnlyList<string> truth, IReadOnlyList<string> predicted, int top) =>
        truth.Zip(predicted).Where(p => p.First != p.Second).GroupBy(p => $"{p.First} → {p.Second}")
            .OrderByDescending(g => g.Count()).Take(top).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count()}"));

    /// <summary>Every (truth → predicted) count, true roles down, predicted across.</summary>
    public static void PrintMatrix(string title, IReadOnlyList<string> truth, IReadOnlyList<string> predicted)
    {
        Console.WriteLine($"Confusion counts of {title}: true role down, predicted across");
        Console.WriteLine($"{"",-10}" + string.Concat(Roles.All.Select(r => $" {r[..Math.Min(6, r.Length)],6}")));
        foreach (var t in Roles.All)
        {
            var row = Roles.All.Select(p => truth.Zip(predicted).Count(x => x.First == t && x.Second == p));
            Console.WriteLine($"{t,-10}" + string.Concat(row.Select(n => $" {n,6}")));
        }
    }
}
