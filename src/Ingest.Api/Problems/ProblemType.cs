namespace Ingest.Api.Problems;

/// <summary>One kind of problem the API answers with: its stable <c>code</c>, HTTP status and what it means.</summary>
/// <param name="Code">The <c>code</c> member of the problem document, for programs.</param>
/// <param name="Meaning">When it is answered and what to do, for the OpenAPI document.</param>
public sealed record ProblemType(string Code, int Status, string Title, string Meaning);
