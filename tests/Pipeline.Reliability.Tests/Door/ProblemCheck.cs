using System.Net;
using System.Text.Json;
using Pipeline.Testing;

namespace Pipeline.Reliability.Tests.Door;

/// <summary>What every error answer must be: an RFC 9457 problem with no stack trace and no path of this machine in it.</summary>
public static class ProblemCheck
{
    private static readonly string[] Leaks = ["   at ", ".cs:line", "Exception", "/work/", "/src/", "/tmp/", "/usr/", "/root/", "Npgsql", "MassTransit."];

    /// <summary>Asserts the answer is a clean problem with <paramref name="status"/>; returns its body.</summary>
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        AssertNoLeak(body);
        using var json = JsonDocument.Parse(body);
        Assert.Equal((int)status, json.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("title").GetString()));
        return json.RootElement.Clone();
    }

    public static void AssertNoLeak(string body)
    {
        foreach (var leak in Leaks.Append(RepoPaths.Root))
        {
            Assert.False(body.Contains(leak, StringComparison.Ordinal), $"the answer gives away '{leak}': {body}");
        }
    }

    /// <summary>The problem's words (title, detail and the messages of its field errors), to check it names the problem.</summary>
    public static string Words(JsonElement problem)
    {
        var words = new List<string?> { problem.GetProperty("title").GetString() };
        if (problem.TryGetProperty("detail", out var detail))
        {
            words.Add(detail.GetString());
        }
        if (problem.TryGetProperty("code", out var code))
        {
            words.Add(code.GetString());
        }
        if (problem.TryGetProperty("errors", out var errors))
        {
            foreach (var field in errors.EnumerateObject())
            {
                words.Add(field.Name);
                words.AddRange(field.Value.EnumerateArray().Select(e => e.GetString()));
            }
        }
        return string.Join(" | ", words.Where(w => w is not null));
    }
}
