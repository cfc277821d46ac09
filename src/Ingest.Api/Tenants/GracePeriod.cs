using System.Text.Json;
using Ingest.Api.Admin;

namespace Ingest.Api.Tenants;

/// <summary>The <c>{"graceHours"}</c> of a rotation: how long the old key or secret keeps working (24 hours unless told).</summary>
public static class GracePeriod
{
    public const int DefaultHours = 24;
    public const int MaxHours = 30 * 24;

    public const string Rule = $"graceHours must be a whole number of hours from 0 to 720 (24 when left out).";

    /// <summary>The grace period the body asks for, or the validation problem that says what is wrong.</summary>
    public static async Task<(TimeSpan? Grace, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (await AdminJson.ReadObjectAsync(request, cancellationToken) is not { } body)
        {
            return (null, AdminJson.Invalid("graceHours", "Send JSON such as {\"graceHours\": 24}, or no body. " + Rule));
        }
        if (!body.TryGetProperty("graceHours", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return (TimeSpan.FromHours(DefaultHours), null);
        }
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var hours) && hours is >= 0 and <= MaxHours
            ? (TimeSpan.FromHours(hours), null)
            : (null, AdminJson.Invalid("graceHours", Rule));
    }
}
