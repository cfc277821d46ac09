using Resume.Scoring.Fit;
using Resume.Scoring.Guides;
using Resume.Scoring.Skills;

namespace Resume.Scoring;

/// <summary>The role guides the scorer knows: one JSON file per role, loaded once and validated against the taxonomy.</summary>
public sealed class RoleGuideCatalog
{
    /// <summary>The guide the newsletter sends when a subscriber names none, and the one tests score against by default.</summary>
    public const string DefaultRole = "backend-developer";

    /// <summary>Not a guide: asks the scorer for the guide the résumé fits best. The default of the page, the API and the CLI.</summary>
    public const string Auto = "auto";

    /// <summary>The guide that holds for any field.</summary>
    public const string General = RoleGuideValidator.GeneralRole;

    private static readonly Lazy<RoleGuideCatalog> BuiltInCatalog =
        new(() => Load(DataFiles.Embedded("Guides"), SkillTaxonomy.BuiltIn));

    private readonly SortedDictionary<string, CompiledGuide> _guides;

    private RoleGuideCatalog(SortedDictionary<string, CompiledGuide> guides, SkillTaxonomy taxonomy)
    {
        _guides = guides;
        Taxonomy = taxonomy;
        Fitter = new RoleFitter(guides.Values.Where(g => !g.Guide.IsGeneral).ToList());
        GeneralGuide = guides.GetValueOrDefault(General);
    }

    /// <summary>The guides shipped in this assembly: software, design, healthcare, teaching, finance, marketing, engineering, and the general guide.</summary>
    public static RoleGuideCatalog BuiltIn => BuiltInCatalog.Value;

    /// <summary>Whether <paramref name="role"/> can be asked for: a guide id or <see cref="Auto"/>.</summary>
    public bool Accepts(string role) => role == Auto || Contains(role);

    internal RoleFitter Fitter { get; }

    /// <summary>The general guide; null only in a catalog loaded from a folder without one.</summary>
    internal CompiledGuide? GeneralGuide { get; }

    public SkillTaxonomy Taxonomy { get; }

    /// <summary>Role ids in ordinal order.</summary>
    public IReadOnlyCollection<string> Roles => _guides.Keys;

    public bool Contains(string role) => _guides.ContainsKey(role);

    public RoleGuide Get(string role) => Compiled(role).Guide;

    /// <summary>Loads every <c>*.json</c> in a folder as a guide (for guides kept outside the assembly).</summary>
    public static RoleGuideCatalog Load(string directory, SkillTaxonomy? taxonomy = null)
    {
        var files = Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), (Stream)File.OpenRead(path)));
        return Load(files, taxonomy ?? SkillTaxonomy.BuiltIn);
    }

    internal static RoleGuideCatalog Load(IEnumerable<(string FileName, Stream Content)> files, SkillTaxonomy taxonomy)
    {
        var guides = new SortedDictionary<string, CompiledGuide>(StringComparer.Ordinal);
        foreach (var (fileName, content) in files)
        {
            RoleGuide guide;
            using (content)
            {
                guide = DataFiles.Read<RoleGuide>(content, fileName);
            }
            RoleGuideValidator.Validate(guide, fileName, taxonomy);
            guides.Add(guide.Role, new CompiledGuide(guide, taxonomy));
        }
        if (guides.Count == 0)
        {
            throw new ScoringDataException("(guides)", "files", "no role guide was found.");
        }
        return new RoleGuideCatalog(guides, taxonomy);
    }

    internal CompiledGuide Compiled(string role) =>
        _guides.TryGetValue(role, out var guide)
            ? guide
            : throw new ArgumentException($"No role guide named '{role}'; known roles: {string.Join(", ", Roles)}.", nameof(role));
}
