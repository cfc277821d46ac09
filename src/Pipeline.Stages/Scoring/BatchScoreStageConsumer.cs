using Microsoft.Extensions.Logging;
using Pipeline.Storage;
using Resume.Scoring;

namespace Pipeline.Stages.Scoring;

/// <summary>The same stage on the batch lane: a type of its own only so its queue has a definition of its own.</summary>
public sealed class BatchScoreStageConsumer(IBlobStore blobs, ResumeScorer scorer, ILogger<ScoreStageConsumer> logger)
    : ScoreStageConsumer(blobs, scorer, logger);
