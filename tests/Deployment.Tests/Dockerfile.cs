using System.Text.Json;

namespace Deployment.Tests;

/// <summary>The instructions of a Dockerfile that tell what it builds and runs.</summary>
public sealed record Dockerfile(IReadOnlyList<(string Instruction, string Arguments)> Lines)
{
    public static Dockerfile Load(string path)
    {
        var lines = new List<(string, string)>();
        var pending = "";
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.StartsWith('#') || (line.Length == 0 && pending.Length == 0))
            {
                continue;
            }
            if (line.EndsWith('\\'))
            {
                pending += line[..^1] + " ";
                continue;
            }
            line = pending + line;
            pending = "";
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            lines.Add(space < 0 ? (line.ToUpperInvariant(), "") : (line[..space].ToUpperInvariant(), line[(space + 1)..].Trim()));
        }
        return new Dockerfile(lines);
    }

    public IEnumerable<string> All(string instruction) => Lines.Where(l => l.Instruction == instruction).Select(l => l.Arguments);

    /// <summary>The last value an <c>ENV NAME=value</c> gives the variable.</summary>
    public string? Env(string name) => All("ENV")
        .Select(a => a.Split('=', 2))
        .LastOrDefault(p => p.Length == 2 && p[0] == name) is { } pair ? pair[1] : null;

    /// <summary>ENTRYPOINT in its exec form (a JSON array), as the container runs it.</summary>
    public IReadOnlyList<string> Entrypoint => All("ENTRYPOINT").LastOrDefault() is { } json ? JsonSerializer.Deserialize<string[]>(json) ?? [] : [];
}
