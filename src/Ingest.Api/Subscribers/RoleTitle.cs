using Resume.Scoring;

namespace Ingest.Api.Subscribers;

public static class RoleTitle
{
    /// <summary>The role guide's title, or the id itself for a role no longer shipped.</summary>
    public static string Of(string role) =>
        RoleGuideCatalog.BuiltIn.Contains(role) ? RoleGuideCatalog.BuiltIn.Get(role).Title : role;
}
