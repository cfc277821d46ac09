using System.Reflection;
using System.Text.Json;

namespace Resume.Fixtures;

/// <summary>
/// Résumés written by hand, not by <see cref="PeopleGenerator"/>, in the ways people really write them (other titles,
/// students, career changers, mixed profiles, fields without a guide), with the expected guide of each in
/// <c>RoleFitEval/expected.json</c>, and a third batch of people written the same way and laid out as PDF and DOCX
/// (<see cref="RoleFitEvalPeople"/>). Role fit was tuned on the generated people; this set tells whether it holds for
/// people it was not written against.
/// </summary>
public static class RoleFitEvalSet
{
    private const string Prefix = "Resume.Fixtures.RoleFitEval.";

    private static readonly Lazy<IReadOnlyList<RoleFitCase>> Loaded = new(Load);

    public static IReadOnlyList<RoleFitCase> Cases => Loaded.Value;

    private static IReadOnlyList<RoleFitCase> Load()
    {
        var assembly = typeof(RoleFitEvalSet).Assembly;
        using var manifest = JsonDocument.Parse(Read(assembly, "expected.json"));
        return manifest.RootElement.GetProperty("cases").EnumerateArray().Select(c =>
        {
            var file = c.GetProperty("file").GetString()!;
            var auto = Strings(c, "auto");
            return new RoleFitCase(
                file,
                c.GetProperty("occupation").GetString()!,
                c.GetProperty("kind").GetString()!,
                auto,
                Strings(c, "partialOk"),
                c.TryGetProperty("own", out _) ? Strings(c, "own") : auto.Where(r => r != "general").ToList(),
                c.GetProperty("wrong").GetString()!,
                c.TryGetProperty("batch", out var batch) ? batch.GetInt32() : 1,
                Read(assembly, file));
        }).Concat(RoleFitEvalPeople.Cases()).ToList();
    }

    private static List<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var list) ? list.EnumerateArray().Select(e => e.GetString()!).ToList() : [];

    private static byte[] Read(Assembly assembly, string file)
    {
        using var stream = assembly.GetManifestResourceStream(Prefix + file)
            ?? throw new InvalidOperationException($"RoleFitEval/{file} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
