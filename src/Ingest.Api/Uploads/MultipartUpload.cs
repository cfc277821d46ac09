using Ingest.Api.Problems;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Resume.Model;

namespace Ingest.Api.Uploads;

/// <summary>
/// What every multipart upload route checks before it reads a byte, and how it answers (scans now, batches next): a
/// body that is not a form is a 415 problem saying what to send; a body larger than the route allows is a 413 problem,
/// whether its length was declared (answered at once, before the client sends it) or it arrives chunked (answered
/// as soon as it passes the limit), under Kestrel or any other server.
/// </summary>
public static class MultipartUpload
{
    public const string MediaType = "multipart/form-data";

    /// <summary>
    /// Null when the request may be read (its boundary in <paramref name="boundary"/>, its body capped at
    /// <paramref name="maxBodyBytes"/>), else the problem to answer. <paramref name="whatToSend"/> names the fields; a
    /// refusal for size names <paramref name="fileLimitBytes"/>, the limit a person knows (the body's has the form's
    /// other fields on top).
    /// </summary>
    public static IResult? Open(HttpRequest request, long maxBodyBytes, long fileLimitBytes, string whatToSend, out string boundary)
    {
        boundary = "";
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 } value)
        {
            return WrongMediaType(whatToSend);
        }
        if (request.ContentLength > maxBodyBytes)
        {
            return TooLarge(fileLimitBytes);
        }
        // Kestrel's own limit (30 MB by default) set to ours, so it never cuts in first with another answer.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = maxBodyBytes;
        }
        request.Body = new LimitedRequestBody(request.Body, maxBodyBytes);
        boundary = value;
        return null;
    }

    /// <summary>Whether reading failed because the body passed a limit, ours or the server's: answer <see cref="TooLarge"/>.</summary>
    public static bool IsTooLarge(Exception e) => e is UploadTooLargeException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge };

    public static ProblemHttpResult TooLarge(long limitBytes) => ApiProblems.Of(StatusCodes.Status413PayloadTooLarge, "Upload too large",
        $"The upload is larger than the {Mebibytes(limitBytes)} MiB a resume may be; a resume rarely needs more than 1 MiB.", ErrorCodes.TooLarge, Stages.Upload);

    public static ProblemHttpResult WrongMediaType(string whatToSend) => ApiProblems.Of(StatusCodes.Status415UnsupportedMediaType, "Send a multipart form",
        $"Send the upload as {MediaType} (an HTML form with a file input, or curl -F): {whatToSend}", ProblemTypes.UnsupportedMediaType, Stages.Upload);

    /// <summary>
    /// The route's answer to a request of any other content type: mapped beside the route, after it, so the route's
    /// own <c>Accepts</c> (which documents the form in OpenAPI) does not end such a request with an empty 415.
    /// </summary>
    public static RouteHandlerBuilder MapWrongMediaType(this IEndpointRouteBuilder routes, string pattern, string whatToSend) =>
        routes.MapPost(pattern, () => WrongMediaType(whatToSend))
            .WithOrder(1)
            .ExcludeFromDescription();

    private static string Mebibytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
