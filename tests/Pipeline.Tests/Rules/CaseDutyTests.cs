using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// A regulation's case clause whose main clause lays a duty on a body ("… thì Tòa án có trách nhiệm gửi văn bản …") is a
/// named body's standing duty, a task (corpus/expected/README.md, regulation convention: QĐ 09/2023 19.2–19.7), even when
/// the bearer is a bare kind the unit finder does not take for a unit of its own; a competence ("… có thẩm quyền ra văn
/// bản …", 19.8) is not, nor is the card holder's own conduct (6.5, whose condition has a comma before its duty word). Points
/// that open with a time limit ("a) Trong thời hạn 48 giờ …") are clauses, not an object list (19.1). Lines from corpus/pdf/QD-09-2023-QD-TTg-CongBao-the-APEC.pdf, Điều 19–20.
/// </summary>
public class CaseDutyTests
{
    private const string Decision = """
        THỦ TƯỚNG CHÍNH PHỦ
        Số: 09/2023/QĐ-TTg
        Hà Nội, ngày 12 tháng 4 năm 2023
        QUYẾT ĐỊNH
        Quy định về trình tự, thủ tục, thẩm quyền, cấp và quản lý thẻ đi lại doanh nhân APEC
        Điều 6. Trách nhiệm sử dụng thẻ ABTC
        5. Doanh nhân Việt Nam nếu không còn làm việc tại cơ quan, doanh nghiệp, tổ chức hoặc không còn giữ các chức vụ nêu tại Điều 9 Quyết định này phải có trách nhiệm trả lại thẻ ABTC cho cơ quan, doanh nghiệp, tổ chức.
        Điều 19. Trách nhiệm đề nghị hủy giá trị sử dụng thẻ ABTC
        1. Đối với trường hợp quy định tại khoản 1 Điều 18 Quyết định này:
        a) Trong thời hạn 48 giờ kể từ khi phát hiện thẻ ABTC hoặc tài khoản thẻ ABTC bị mất thì doanh nhân trực tiếp nộp hoặc gửi đơn báo mất theo mẫu TK07 tại Phụ lục đến Cục Quản lý xuất nhập cảnh, Bộ Công an hoặc cơ quan Quản lý xuất nhập cảnh Công an cấp tỉnh hoặc Công an cấp huyện hoặc Công an cấp xã hoặc trực tuyến qua Cổng dịch vụ công Bộ Công an để hủy giá trị sử dụng thẻ ABTC. Trường hợp vì lý do bất khả kháng, thời hạn gửi đơn báo mất có thể dài hơn nhưng trong đơn phải giải thích cụ thể về lý do bất khả kháng.
        b) Trong thời hạn 02 ngày làm việc kể từ khi nhận được đơn trình báo mất thẻ ABTC, cơ quan tiếp nhận có trách nhiệm gửi văn bản cho Cục Quản lý xuất nhập cảnh, Bộ Công an về việc đã tiếp nhận đơn trình báo mất thẻ ABTC của doanh nhân và người gửi đơn theo mẫu CV04 tại Phụ lục.
        4. Đối với các trường hợp quy định tại khoản 4 Điều 18 Quyết định này thì cấp có thẩm quyền, Cơ quan điều tra có trách nhiệm gửi văn bản đến Cục Quản lý xuất nhập cảnh, Bộ Công an để hủy giá trị sử dụng thẻ ABTC.
        5. Đối với các trường hợp quy định tại khoản 5 Điều 18 Quyết định này thì Bộ Tư pháp có trách nhiệm gửi văn bản đến Cục Quản lý xuất nhập cảnh, Bộ Công an để hủy giá trị sử dụng thẻ ABTC.
        6. Đối với các trường hợp quy định tại khoản 6 Điều 18 Quyết định này thì Tòa án có trách nhiệm gửi văn bản đến Cục Quản lý xuất nhập cảnh, Bộ Công an để hủy giá trị sử dụng thẻ ABTC.
        8. Đối với trường hợp quy định tại khoản 8 Điều 18 Quyết định này thì Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an có thẩm quyền ra văn bản hủy giá trị sử dụng thẻ ABTC.
        Điều 20. Thông báo thẻ ABTC đã cấp cho doanh nhân Việt Nam không còn giá trị sử dụng
        1. Đối với trường hợp quy định tại khoản 1 Điều 18 Quyết định này, trong thời hạn 03 ngày làm việc kể từ khi tiếp nhận đơn trình báo mất thẻ ABTC của doanh nhân hoặc văn bản về việc đã tiếp nhận đơn trình báo mất thẻ ABTC, Cục Quản lý xuất nhập cảnh, Bộ Công an có trách nhiệm thông báo các nền kinh tế thành viên APEC về việc hủy giá trị sử dụng của thẻ ABTC và gửi văn bản cho doanh nhân biết theo mẫu CV05 tại Phụ lục.
        3. Thẻ ABTC đã bị hủy giá trị sử dụng sẽ không được khôi phục. Nếu doanh nhân Việt Nam có nhu cầu tiếp tục sử dụng thẻ ABTC thì phải làm thủ tục đề nghị cấp mới thẻ hoặc cấp lại thẻ.
        KT. THỦ TƯỚNG
        PHÓ THỦ TƯỚNG
        Trần Lưu Quang
        """;

    [Fact]
    public void A_case_clause_laying_a_duty_on_a_body_is_a_task_and_a_competence_or_a_holder_s_conduct_is_not() =>
        Assert.Equal(["19.1.b", "19.4", "19.5", "19.6", "20.1"], Extract.Text(Decision).Tasks.Select(t => t.Ordinal));
}
