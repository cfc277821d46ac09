using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Deployment.Tests;

/// <summary>One service of <c>docker-compose.yml</c>, with anchors merged and <c>${VAR:-default}</c> taken at its default.</summary>
public sealed record ComposeService(
    string Name,
    string? Image,
    string? ContainerName,
    string? BuildContext,
    string? Dockerfile,
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlyList<string> Ports,
    IReadOnlyDictionary<string, string?> DependsOn,
    IReadOnlyList<string> HealthCheck,
    IReadOnlyList<string> Command);

/// <summary>docker-compose.yml read as compose reads it (no Docker engine runs here).</summary>
public static partial class ComposeFile
{
    public static IReadOnlyDictionary<string, ComposeService> Load(string path)
    {
        using var reader = new StreamReader(path);
        var yaml = new YamlStream();
        // Resolves `<<: *anchor` the way compose does.
        yaml.Load(new MergingParser(new Parser(reader)));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var services = (YamlMappingNode)root.Children[new YamlScalarNode("services")];
        return services.Children.ToDictionary(
            s => ((YamlScalarNode)s.Key).Value!,
            s => Service(((YamlScalarNode)s.Key).Value!, (YamlMappingNode)s.Value),
            StringComparer.Ordinal);
    }

    /// <summary>A compose value as the engine sees it when none of the variables it names are set.</summary>
    public static string Interpolate(string value) =>
        Variable().Replace(value, m => m.Groups["default"].Success ? m.Groups["default"].Value : "").Replace("$$", "$", StringComparison.Ordinal);

    private static ComposeService Service(string name, YamlMappingNode node)
    {
        var build = Child(node, "build") as YamlMappingNode;
        return new ComposeService(
            name,
            Scalar(node, "image"),
            Scalar(node, "container_name"),
            build is null ? null : Scalar(build, "context"),
            build is null ? null : Scalar(build, "dockerfile"),
            Child(node, "environment") switch
            {
                YamlMappingNode map => map.Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => Interpolate(((YamlScalarNode)e.Value).Value ?? ""), StringComparer.Ordinal),
                YamlSequenceNode list => list.Children.Select(e => ((YamlScalarNode)e).Value!.Split('=', 2)).ToDictionary(p => p[0], p => Interpolate(p.Length > 1 ? p[1] : ""), StringComparer.Ordinal),
                _ => new Dictionary<string, string>(),
            },
            Strings(Child(node, "ports")),
            Child(node, "depends_on") switch
            {
                YamlMappingNode map => map.Children.ToDictionary(
                    d => ((YamlScalarNode)d.Key).Value!,
                    d => d.Value is YamlMappingNode condition ? Scalar(condition, "condition") : null,
                    StringComparer.Ordinal),
                YamlSequenceNode list => list.Children.ToDictionary(d => ((YamlScalarNode)d).Value!, _ => (string?)null, StringComparer.Ordinal),
                _ => new Dictionary<string, string?>(),
            },
            Child(node, "healthcheck") is YamlMappingNode health ? Strings(Child(health, "test")) : [],
            Strings(Child(node, "command")));
    }

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static string? Scalar(YamlMappingNode node, string key) => (Child(node, key) as YamlScalarNode)?.Value is { } v ? Interpolate(v) : null;

    private static IReadOnlyList<string> Strings(YamlNode? node) => node switch
    {
        YamlSequenceNode list => list.Children.Select(c => Interpolate(((YamlScalarNode)c).Value ?? "")).ToList(),
        YamlScalarNode one => [Interpolate(one.Value ?? "")],
        _ => [],
    };

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(:-(?<default>[^}]*))?\}")]
    private static partial Regex Variable();
}
