using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Pipeline.ServiceDefaults;

namespace Pipeline.Storage;

public static class BlobStoreRegistration
{
    /// <summary>The blob store the <c>Pipeline:BlobStore</c> setting names, with its readiness check.</summary>
    public static IHostApplicationBuilder AddBlobStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BlobStoreOptions>()
            .BindConfiguration(BlobStoreOptions.Section)
            .Configure<IConfiguration>((options, configuration) => options.ConnectionString ??= configuration.GetConnectionString(BlobStoreOptions.ConnectionStringName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var kind = builder.Configuration.GetSection(BlobStoreOptions.Section).GetValue(nameof(BlobStoreOptions.BlobStore), BlobStoreKind.FileSystem);
        if (kind == BlobStoreKind.AzureBlob)
        {
            builder.Services.AddSingleton(sp =>
            {
                var options = sp.GetRequiredService<IOptions<BlobStoreOptions>>().Value;
                return new AzureBlobStore(new BlobServiceClient(options.ConnectionString), options.BlobContainerPrefix);
            });
            builder.Services.AddSingleton<IBlobStore>(sp => sp.GetRequiredService<AzureBlobStore>());
            builder.Services.AddHostedService<AzureContainersInitializer>();
        }
        else
        {
            builder.Services.AddSingleton<IBlobStore>(sp =>
                new FileSystemBlobStore(Path.Combine(sp.GetRequiredService<IOptions<BlobStoreOptions>>().Value.DataPath, "blobs")));
        }

        builder.Services.AddHealthChecks().AddCheck<BlobStoreHealthCheck>("blob-store", tags: [ServiceDefaultsExtensions.ReadyTag]);
        return builder;
    }
}
