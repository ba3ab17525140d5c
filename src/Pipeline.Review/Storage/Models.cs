using Pipeline.Records;

namespace Pipeline.Review.Storage;

/// <summary>Review states: new (never touched), review (a clerk saved changes), approved.</summary>
public static class ReviewStatus
{
    public const string New = "new";
    public const string InReview = "review";
    public const string Approved = "approved";
    public static readonly string[] All = [New, InReview, Approved];
}

/// <summary>A page image as stored: addressed only by document id and page number.</summary>
public sealed record StoredPage(int Number, string ContentType, int Width, int Height, int? Dpi, byte[] Data);

/// <summary>A page's description without its bytes, for drawing boxes over it.</summary>
public sealed record PageInfo(int Number, string ContentType, int Width, int Height, int? Dpi);

/// <summary>What intake or import hands the store: the record, the prepared lines' text, the page images, the input.</summary>
public sealed record NewDocument(string Id, string File, string MediaType, DocumentRecord Record, IReadOnlyList<string> Lines, IReadOnlyList<StoredPage> Pages, byte[]? Source);

public sealed record DocumentRow(
    string Id, string File, string MediaType, string Status, double Priority, IReadOnlyList<string> Reasons,
    DocumentRecord Original, DocumentRecord Current, IReadOnlyList<string> Lines, long Version,
    string? ApprovedBy, string? ApprovedAt, IReadOnlyList<PageInfo> Pages);

public sealed record QueueItem(string Id, string File, string Status, double Priority, IReadOnlyList<string> Reasons,
    string? Type, string? Issuer, string? IssuedDate);

public sealed record QueueFilter(string? Status = null, string? Type = null, string? Issuer = null, string? DateFrom = null, string? DateTo = null, int Page = 1, int PageSize = 50);

public sealed record QueuePage(IReadOnlyList<QueueItem> Items, int Total, int Page, int PageSize);

/// <summary>One change to a document: the field's path in the record, its value before and after.</summary>
public sealed record Change(string Field, string? Before, string? After);

public sealed record AuditEntry(long Id, string DocumentId, string User, string At, string Field, string? Before, string? After);

/// <summary>A save that lost the race: the version in the store and the one the clerk sent.</summary>
public sealed record SaveResult(bool Saved, DocumentRow? Current);
