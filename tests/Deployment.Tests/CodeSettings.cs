using System.Reflection;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using Pipeline.ServiceDefaults;
using Pipeline.Testing;

namespace Deployment.Tests;

/// <summary>
/// The settings a service binds, read from the code rather than listed by hand: every options class (a type with a
/// <c>public const string Section</c>) in the service's assembly and in every project it references, directly or not
/// (as its .csproj files say), gives <c>Section__Property</c> for each settable property (just <c>Property</c> for the
/// top-level section, <c>""</c>); every
/// <c>ConnectionStringName</c> constant gives <c>ConnectionStrings__Name</c>; Pipeline.ServiceDefaults' <c>…Setting</c>
/// constants name the OpenTelemetry variables it reads; and ASP.NET Core reads <c>ASPNETCORE_URLS</c>.
/// </summary>
public static class CodeSettings
{
    public static IReadOnlySet<string> For(string project)
    {
        var settings = new HashSet<string>(StringComparer.Ordinal) { UrlsVariable };
        foreach (var type in OptionTypes(project))
        {
            var section = (string)type.GetField("Section")!.GetRawConstantValue()!;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
            {
                settings.Add(section.Length == 0 ? property.Name : $"{section}__{property.Name}");
            }
        }
        foreach (var name in Constants(project, "ConnectionStringName"))
        {
            settings.Add($"ConnectionStrings__{name}");
        }
        foreach (var field in typeof(ServiceDefaultsExtensions).GetFields(BindingFlags.Public | BindingFlags.Static)
                     .Where(f => f.IsLiteral && f.Name.EndsWith("Setting", StringComparison.Ordinal)))
        {
            settings.Add((string)field.GetRawConstantValue()!);
        }
        return settings;
    }

    /// <summary>ASP.NET Core takes <c>ASPNETCORE_</c>-prefixed variables as settings: this one is the listening address.</summary>
    public static string UrlsVariable => "ASPNETCORE_" + WebHostDefaults.ServerUrlsKey.ToUpperInvariant();

    /// <summary>The options property a <c>Section__Property</c> setting binds, in the classes the project can see.</summary>
    public static IReadOnlyList<PropertyInfo> PropertiesOf(string project, string setting)
    {
        var parts = setting.Split("__");
        if (parts.Length == 1)
        {
            parts = ["", setting];
        }
        return parts.Length != 2
            ? []
            : OptionTypes(project)
                .Where(t => (string)t.GetField("Section")!.GetRawConstantValue()! == parts[0])
                .Select(t => t.GetProperty(parts[1], BindingFlags.Public | BindingFlags.Instance))
                .Where(p => p?.SetMethod is { IsPublic: true })
                .Select(p => p!)
                .ToList();
    }

    public static IReadOnlyList<Type> OptionTypes(string project) =>
        Assemblies(project)
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsClass && !t.IsAbstract && t.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } f && f.FieldType == typeof(string))
            .ToList();

    /// <summary>The project and every project it references, directly or not, by the names of their assemblies.</summary>
    public static IReadOnlyList<string> ProjectClosure(string project)
    {
        var seen = new List<string>();
        Visit(Path.Combine(RepoPaths.Root, "src", project, project + ".csproj"));
        return seen;

        void Visit(string csproj)
        {
            var name = Path.GetFileNameWithoutExtension(csproj);
            if (seen.Contains(name))
            {
                return;
            }
            seen.Add(name);
            foreach (var reference in XDocument.Load(csproj).Descendants("ProjectReference"))
            {
                var relative = reference.Attribute("Include")!.Value.Replace('\\', Path.DirectorySeparatorChar);
                Visit(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(csproj)!, relative)));
            }
        }
    }

    private static IEnumerable<string> Constants(string project, string name) =>
        Assemblies(project).SelectMany(a => a.GetTypes())
            .Select(t => t.GetField(name, BindingFlags.Public | BindingFlags.Static))
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (string)f!.GetRawConstantValue()!)
            .Distinct(StringComparer.Ordinal);

    private static IEnumerable<Assembly> Assemblies(string project) => ProjectClosure(project).Select(Load);

    /// <summary>From this test's own references, or else (a worker) from the service's build output.</summary>
    private static Assembly Load(string name)
    {
        try
        {
            return Assembly.Load(new AssemblyName(name));
        }
        catch (FileNotFoundException)
        {
            return Assembly.LoadFrom(RepoPaths.ServiceDll(name));
        }
    }
}
