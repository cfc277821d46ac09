using Microsoft.Extensions.Logging;
using Pipeline.Storage;
using Resume.Parsing.Isolation;

namespace Pipeline.Stages.Parsing;

/// <summary>The same stage on the batch lane: a type of its own only so its queue has a definition of its own.</summary>
public sealed class BatchParseStageConsumer(IBlobStore blobs, IParseSandbox parser, ILogger<ParseStageConsumer> logger)
    : ParseStageConsumer(blobs, parser, logger);
