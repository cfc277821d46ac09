using Hangfire.Dashboard;

namespace Ingest.Api.Admin;

/// <summary>Lets into /hangfire only requests that carry the admin key; asks browsers for it with a Basic challenge.</summary>
internal sealed class AdminDashboardFilter(string apiKey) : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (AdminKey.Matches(http, apiKey))
        {
            return true;
        }
        http.Response.Headers.WWWAuthenticate = "Basic realm=\"Resume Pipeline admin\", charset=\"UTF-8\"";
        return false;
    }
}
