namespace Pipeline.Tests.Review;

/// <summary>One server (and OCR engine pool) shared by the review tests; each test uploads what it needs.</summary>
public sealed class ReviewFixture : IAsyncLifetime
{
    public ReviewServer Server { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Server = new ReviewServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

[CollectionDefinition("review")]
public sealed class ReviewServerGroup : ICollectionFixture<ReviewFixture>;
