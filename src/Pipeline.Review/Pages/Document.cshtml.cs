using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pipeline.Records;
using Pipeline.Review.Api;
using Pipeline.Review.Desk;
using Pipeline.Review.Storage;

namespace Pipeline.Review.Pages;

/// <summary>
/// One document: its pages with the extracted regions drawn, and every field, recipient and task editable.
/// Saves carry the version they were made on; a save on a stale version is refused with both versions shown.
/// </summary>
public sealed class DocumentModel(DocumentStore store, Pipeline.Vocabulary.Vocab vocab) : PageModel
{
    public static readonly (string Key, string Label, string? Confidence, bool Long)[] Fields =
    [
        ("type", "Loại văn bản (mã)", "type", false),
        ("number", "Số", "reference", false),
        ("symbol", "Ký hiệu", "reference", false),
        ("reference", "Số, ký hiệu", "reference", false),
        ("issuer", "Cơ quan ban hành", "issuer", false),
        ("place", "Địa danh", "issuedDate", false),
        ("issuedDate", "Ngày ban hành", "issuedDate", false),
        ("title", "Trích yếu", "title", true),
        ("signer.authority", "Thẩm quyền ký", "signer.authority", false),
        ("signer.position", "Chức vụ người ký", "signer.position", false),
        ("signer.name", "Người ký", "signer.name", false),
        ("archive", "Lưu", "archive", false),
    ];

    public DocumentRow Row { get; private set; } = null!;
    public List<PageBox> Boxes { get; } = [];
    public Dictionary<string, List<string>> SourceLines { get; } = [];
    public string? NextId { get; private set; }
    public List<Change> Conflict { get; private set; } = [];
    public long? TheirVersion { get; private set; }
    public string? Message { get; private set; }

    public IActionResult OnGet(string id, string? saved)
    {
        if (!Load(id)) return NotFound();
        Message = saved switch { "1" => "Đã lưu.", "0" => "Không có thay đổi.", _ => null };
        return Page();
    }

    public IActionResult OnPost(string id, long version, string? op)
    {
        if (!DocumentIds.IsValid(id) || store.Get(id) is not { } row) return NotFound();
        var form = Request.Form.Where(f => f.Key.StartsWith("f.", StringComparison.Ordinal) || f.Key.StartsWith('t'))
            .ToDictionary(f => f.Key, f => (string?)f.Value.ToString());
        if (version != row.Version) return ShowConflict(row, form);

        var (record, changes) = RecordEditor.Apply(row.Current, form, vocab);
        var taskIndex = op?.Split(':') is [_, var n] && int.TryParse(n, out var i) ? i : -1;
        var taskChange = op?.Split(':')[0] switch
        {
            "add" => RecordEditor.AddTask(record),
            "split" => RecordEditor.SplitTask(record, taskIndex),
            "merge" => RecordEditor.MergeTask(record, taskIndex),
            "delete" => RecordEditor.DeleteTask(record, taskIndex),
            _ => ((DocumentRecord, Change)?)null,
        };
        if (taskChange is { } tc) { record = tc.Item1; changes.Add(tc.Item2); }

        var status = op == "approve" ? ReviewStatus.Approved : changes.Count > 0 ? ReviewStatus.InReview : row.Status;
        if (status != row.Status) changes.Add(new Change("status", row.Status, status));
        if (changes.Count == 0) return Redirect($"/Document/{id}?saved=0");

        var result = store.Save(id, version, record, status, DocumentsApi.UserName(User), changes);
        if (!result.Saved) return ShowConflict(result.Current!, form);
        if (op == "approve" && store.NextAfter(id, row.Priority) is { } next) return Redirect($"/Document/{next}");
        return Redirect($"/Document/{id}?saved=1");
    }

    /// <summary>Someone saved first: nothing is written; the clerk sees their values beside the stored ones.</summary>
    private PageResult ShowConflict(DocumentRow theirs, Dictionary<string, string?> form)
    {
        Load(theirs.Id);
        Conflict = RecordEditor.Apply(theirs.Current, form, vocab).Changes;
        TheirVersion = theirs.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private bool Load(string id)
    {
        if (!DocumentIds.IsValid(id) || store.Get(id) is not { } row) return false;
        Row = row;
        NextId = store.NextAfter(id, row.Priority);
        var d = row.Current.Document;
        foreach (var (key, provenance) in d.Provenance) Add("f." + key, provenance);
        if (!d.Provenance.ContainsKey("recipients"))
            foreach (var r in d.Recipients) Add("f.recipients", r.Provenance);
        for (var i = 0; i < row.Current.Tasks.Count; i++)
        {
            var t = row.Current.Tasks[i];
            Add($"t{i}.text", t.Provenance);
            foreach (var u in t.Units) Add($"t{i}.units", u.Provenance ?? t.Provenance);
        }
        return true;
    }

    private void Add(string field, Provenance? provenance)
    {
        if (provenance is null) return;
        foreach (var region in provenance.Regions)
            if (PageBox.On(field, region, Row.Pages) is { } box) Boxes.Add(box);
        var lines = provenance.Lines.Where(i => i >= 0 && i < Row.Lines.Count).Select(i => Row.Lines[i]).ToList();
        if (lines.Count > 0) SourceLines.TryAdd(field, lines);
    }

    public string? Value(string key)
    {
        var d = Row.Current.Document;
        return key switch
        {
            "type" => d.Type?.Code, "number" => d.Number, "symbol" => d.Symbol, "reference" => d.Reference,
            "issuer" => d.Issuer, "place" => d.Place, "issuedDate" => d.IssuedDate, "title" => d.Title,
            "signer.authority" => d.Signer?.Authority, "signer.position" => d.Signer?.Position, "signer.name" => d.Signer?.Name,
            "archive" => d.Archive, _ => null,
        };
    }

    /// <summary>CSS class by confidence: red under the review threshold, amber under 0.95, green above.</summary>
    public string ConfidenceClass(string? key) =>
        key is null || !Row.Current.Document.FieldConfidence.TryGetValue(key, out var c) ? "conf-none"
        : c < Triage.LowConfidence ? "conf-low" : c < 0.95 ? "conf-mid" : "conf-ok";

    public static string TaskConfidenceClass(TaskRecord t) => t.Confidence < Triage.LowConfidence ? "conf-low" : t.Confidence < 0.95 ? "conf-mid" : "conf-ok";
}
