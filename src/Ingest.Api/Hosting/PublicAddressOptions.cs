using System.ComponentModel.DataAnnotations;

namespace Ingest.Api.Hosting;

/// <summary>
/// The top-level <c>PublicBaseUrl</c> setting: where people and partners reach this service. Every absolute link the
/// service writes (in mails, in callbacks, in the OpenAPI document) starts with it. A setting, never the request's Host
/// header, so a forged header cannot make the service mail or post a link to another site.
/// </summary>
public sealed class PublicAddressOptions : IValidatableObject
{
    /// <summary>Bound at the top level of the configuration: <c>PublicBaseUrl</c>, not <c>Section:PublicBaseUrl</c>.</summary>
    public const string Section = "";

    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>The address with a trailing slash, so a base with a path (https://example.com/resumes) keeps it.</summary>
    public Uri BaseUri() => new(PublicBaseUrl.EndsWith('/') ? PublicBaseUrl : PublicBaseUrl + "/");

    /// <summary><paramref name="path"/> (with or without a leading slash) on the public address.</summary>
    public Uri Link(string path) => new(BaseUri(), path.TrimStart('/'));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            yield return new ValidationResult(
                $"PublicBaseUrl '{PublicBaseUrl}' is not an http(s) address without query: set where people reach this service, e.g. https://resumes.example.com.");
        }
    }
}
