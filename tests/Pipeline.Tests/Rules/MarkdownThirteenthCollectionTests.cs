using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// Constructs of the Thirteenth collection (dev, added by session s31md: 2017 HĐND resolution bodies from a legal-text portal,
/// measured unseen before these rules), each on the real lines of its document under corpus/markdown/, as the batch stores them
/// (CR LF inside a paragraph, LF at its end, NBSP spacer lines, header and signature as placeholders).
/// </summary>
public class MarkdownThirteenthCollectionTests
{
    // NQ-04-2017-NQ-HDND-BacGiang-boiduong-tiepcongdan-body.md, whole.
    private const string BacGiang04 =
        "<jsontable name=\"bang_0\"> </jsontable>\n\u00a0\nNGHỊ QUYẾT\nQUY\r\n" +
        "ĐỊNH CHẾ ĐỘ BỒI DƯỠNG ĐỐI VỚI NGƯỜI LÀM NHIỆM VỤ TIẾP CÔNG DÂN, XỬ LÝ ĐƠN KHIẾU\r\n" +
        "NẠI, TỐ CÁO, KIẾN NGHỊ, PHẢN ÁNH TRÊN ĐỊA BÀN TỈNH BẮC GIANG\nHỘI ĐỒNG NHÂN DÂN TỈNH BẮC GIANG \r\n" +
        "KHÓA XVIII, KỲ HỌP THỨ 3\nCăn cứ Luật tổ chức chính quyền\r\nđịa phương ngày 19 tháng 6 năm 2015;\n" +
        "Căn cứ Luật ban hành văn bản quy\r\nphạm pháp luật ngày 22 tháng 6 năm 2015;\n" +
        "Căn cứ Luật tiếp công dân ngày 25\r\ntháng 11 năm 2013;\n" +
        "Căn cứ Luật ngân sách nhà nước ngày 25 tháng 6 năm 2015;\nCăn cứ Nghị định số 64/2014/NĐ-CP\r\n" +
        "ngày 26 tháng 6 năm 2014 của Chính phủ quy định chi tiết thi hành một số điều\r\ncủa Luật Tiếp công dân;\n" +
        "Căn cứ Thông tư số 320/2016/TT-BTC\r\n" +
        "ngày 14 tháng 12 năm 2016 của Bộ Tài chính về chế độ bồi dưỡng đối với người làm nhiệm vụ tiếp công dân, xử lý đơn khiếu nại, tố\r\n" +
        "cáo, kiến nghị, phản ánh;\n" +
        "Xét Tờ trình số 115/TTr-UBND ngày 28 tháng 6 năm 2017 của Ủy ban nhân dân tỉnh; Báo cáo\r\n" +
        "thẩm tra của Ban Kinh tế - Ngân sách; ý kiến thảo\r\nluận của đại biểu Hội đồng nhân dân tỉnh.\nQUYẾT NGHỊ:\n" +
        "Điều 1. Quy\r\n" +
        "định chế độ bồi dưỡng đối với người làm nhiệm vụ tiếp công dân, xử lý đơn khiếu nại, tố cáo, kiến nghị,\r\n" +
        "phản ánh trên địa bàn tỉnh Bắc Giang như sau:\n" +
        "1. Phạm vi điều chỉnh: Chế độ bồi dưỡng áp dụng đối với người tiếp công dân, xử lý\r\n" +
        "đơn khiếu nại, tố cáo, kiến nghị, phản ánh tại các Trụ sở tiếp công dân và địa điểm\r\n" +
        "tiếp công dân trên địa bàn tỉnh Bắc Giang được quy định tại khoản 2, 3, 4, Điều\r\n" +
        "20 Nghị định số 64/2014/NĐ-CP ngày 26 tháng 6 năm 2014 của Chính\r\n" +
        "phủ quy định chi tiết thi hành một số điều của Luật tiếp công dân (sau đây\r\n" +
        "viết tắt là Nghị định số 64/2014/NĐ-CP) và địa điểm tiếp công dân\r\n" +
        "tại đơn vị sự nghiệp công lập trực thuộc Ủy ban nhân dân tỉnh.\n2. Đối tượng áp dụng: Theo quy định\r\n" +
        "tại Điều 21 Nghị định số 64/2014/NĐ-CP.\n3. Mức chi bồi dưỡng\na) Các đối tượng được quy định tại\r\n" +
        "khoản 1, khoản 2 Điều 21 Nghị định số 64/2014/NĐ-CP mà\r\n" +
        "chưa được hưởng chế độ phụ cấp trách nhiệm theo nghề, khi làm nhiệm vụ tiếp\r\n" +
        "công dân, xử lý đơn khiếu nại, tố cáo, kiến nghị phản ánh tại trụ sở tiếp công\r\n" +
        "dân hoặc địa điểm tiếp công dân được bồi dưỡng mức 100.000\r\nđồng/1 ngày/1 người.\n" +
        "Trường hợp đang được hưởng chế độ phụ\r\ncấp trách nhiệm theo nghề thì được bồi dưỡng mức 80.000 đồng/1\r\n" +
        "ngày/1 người.\nb) Các đối tượng quy định tại khoản\r\n" +
        "3, khoản 4 Điều 21 Nghị định số 64/2014/NĐ-CP được bồi dưỡng mức 50.000 đồng/1 ngày/1 người.\n" +
        "4. Nguồn kinh phí\na) Ngân sách nhà nước: Kinh phí chi\r\n" +
        "trả tiền bồi dưỡng đối với người làm công tác tiếp công dân, xử lý đơn khiếu nại, tố cáo, kiến nghị, phản ánh thuộc nhiệm vụ của cấp nào do\r\n" +
        "ngân sách cấp đó đảm bảo;\nb) Nguồn thu của đơn vị sự nghiệp\r\ncông lập;\n" +
        "c) Các nguồn kinh phí khác (nếu có).\n5. Các nội dung khác không quy định\r\n" +
        "trong Nghị quyết này được thực hiện theo Thông tư số 320/2016/TT-BTC ngày 14 tháng 12 năm 2016 của Bộ trưởng Bộ Tài chính\r\n" +
        "về chế độ bồi dưỡng đối với người làm nhiệm vụ tiếp công dân, xử lý đơn khiếu nại, tố cáo, kiến nghị, phản ánh.\n" +
        "Điều 2. Bãi\r\nbỏ Nghị quyết số 10/2012/NQ-HĐND ngày 12 tháng 7 năm 2012 của Hội đồng nhân dân\r\n" +
        "tỉnh quy định chế độ bồi dưỡng đối với cán bộ, công chức làm nhiệm vụ tiếp công\r\n" +
        "dân, xử lý đơn khiếu nại, tố cáo, kiến nghị, phản ánh trên địa bàn tỉnh Bắc\r\nGiang.\nĐiều 3. Giao\r\n" +
        "Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.\nNghị quyết này đã được Hội đồng nhân\r\n" +
        "dân tỉnh Bắc Giang khoá XVIII, kỳ họp thứ 3 thông qua ngày\r\n" +
        "13 tháng 7 năm 2017 và có hiệu lực từ ngày 01 tháng 8 năm\r\n2017./.\n\u00a0\n" +
        "<jsontable name=\"bang_1\"> </jsontable>";

    // NQ-05-2017-NQ-HDND-LaiChau-chuongtrinh-giamsat-2018-body.md, whole.
    private const string LaiChau05 =
        "<jsontable name=\"bang_0\"> </jsontable>\n\u00a0\nNGHỊ QUYẾT\nVỀ CHƯƠNG TRÌNH GIÁM SÁT CỦA HỘI\r\n" +
        "ĐỒNG NHÂN DÂN TỈNH NĂM 2018\nHỘI ĐỒNG NHÂN DÂN TỈNH LAI CHÂU\r\nKHÓA XIV, KỲ HỌP THỨ NĂM\n" +
        "Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6\r\nnăm 2015;\n" +
        "Căn cứ Luật ban hành văn bản quy phạm pháp luật ngày 22\r\ntháng 6 năm 2015;\n" +
        "Căn cứ Luật hoạt động giám sát của Quốc hội và Hội đồng nhân\r\ndân ngày 20 tháng 11 năm 2015;\n" +
        "Căn cứ Nghị quyết số 46/2016/NQ-HĐND ngày 28 tháng 7 năm\r\n" +
        "2016 của Hội đồng nhân dân tỉnh về ban hành Quy chế hoạt động của Hội đồng nhân\r\n" +
        "dân tỉnh khoá XIV, nhiệm kỳ 2016-2021;\nXét Tờ trình số 229/TTr-HĐND ngày 21 tháng 6 năm 2017 của\r\n" +
        "Thường trực Hội đồng nhân dân tỉnh về chương trình hoạt động giám sát của Hội\r\n" +
        "đồng nhân dân tỉnh năm 2018; ý kiến của đại biểu Hội đồng nhân dân tỉnh tại kỳ\r\nhọp.\nQUYẾT NGHỊ:\n" +
        "Điều 1. Thông qua Chương trình giám sát của Hội đồng nhân dân tỉnh năm 2018,\r\nnhư sau:\n" +
        "1. Giám sát tại kỳ họp\na) Hội đồng nhân dân tỉnh xem xét các báo cáo 6 tháng và 1\r\nnăm:\n" +
        "- Báo cáo của Thường trực Hội đồng nhân dân tỉnh, Ban của\r\n" +
        "Hội đồng nhân dân tỉnh, Ủy ban nhân dân tỉnh,Toà án nhân dân tỉnh, Viện Kiểm\r\n" +
        "sát nhân dân tỉnh, cơ quan thi hành án dân sự cấp tỉnh.\n" +
        "- Các báo cáo của Ủy ban nhân dân tỉnh về kinh tế - xã hội; thực hiện ngân sách nhà nước, quyết toán ngân sách nhà nước\r\n" +
        "của địa phương; công tác phòng, chống tham nhũng; thực hành tiết kiệm, chống\r\n" +
        "lãng phí; công tác phòng, chống tội phạm và vi phạm pháp luật; giải quyết khiếu\r\n" +
        "nại, tố cáo và kiến nghị của cử tri.\nb) Báo cáo việc thi hành pháp luật trong một số lĩnh vực\r\nkhác;\n" +
        "c) Báo cáo khác theo đề nghị của Thường trực Hội đồng nhân\r\ndân tỉnh;\n" +
        "d) Tiến hành chất vấn và trả lời chất vấn.\n2. Giám sát chuyên đề\n" +
        "Giám sát tình hình triển khai thực hiện Nghị quyết số\r\n" +
        "30/2016/NQ-HĐND ngày 28/7/2016 của Hội đồng nhân dân tỉnh về Chương trình giảm\r\n" +
        "nghèo bền vững tỉnh Lai Châu giai đoạn 2016-2020.\nĐiều 2. Hội đồng nhân dân tỉnh giao\n" +
        "1. Thường trực Hội đồng nhân dân tỉnh ban hành kế hoạch và tổ chức thực hiện chương trình\r\n" +
        "giám sát của Hội đồng nhân dân tỉnh; báo cáo việc thực hiện chương trình giám\r\n" +
        "sát của Hội đồng nhân dân tỉnh tại kỳ họp Hội đồng nhân dân tỉnh giữa năm 2019;\n2. Ủy\r\n" +
        "ban nhân dân tỉnh, các cơ quan, tổ chức có liên quan có trách nhiệm báo cáo và\r\n" +
        "cung cấp đầy đủ, kịp thời những thông tin, tài liệu cần thiết có liên quan đến\r\n" +
        "nội dung giám sát theo yêu cầu của cơ quan tiến hành giám sát. Các cơ quan chịu\r\n" +
        "sự giám sát thực hiện đầy đủ, kịp thời, nghiêm túc những kiến nghị sau giám sát\r\n" +
        "và báo cáo kết quả thực hiện đến Thường trực Hội đồng nhân dân tỉnh.\nĐiều 3. Hiệu lực thi hành\n" +
        "Nghị quyết này đã được Hội đồng nhân dân tỉnh Lai Châu Khóa\r\n" +
        "XIV, Kỳ họp thứ năm thông qua ngày 13 tháng 7 năm 2017 và có hiệu lực từ ngày 01\r\ntháng 8 năm 2017./.\n" +
        "\u00a0\n<jsontable name=\"bang_1\"> </jsontable>";

    // NQ-19-2017-NQ-HDND-BacGiang-giaovien-mamnon-hocphi-body.md, whole.
    private const string BacGiang19 =
        "<jsontable name=\"bang_0\"> </jsontable>\n\u00a0\nNGHỊ QUYẾT\nQUY ĐỊNH\n" +
        "CƠ CHẾ, CHÍNH SÁCH HỢP ĐỒNG GIÁO VIÊN MẦM NON; MỨC THU HỌC PHÍ BẬC HỌC MẦM NON\r\n" +
        "TRONG CÁC TRƯỜNG MẦM NON CÔNG LẬP TRÊN ĐỊA BÀN TỈNH BẮC GIANG\nHỘI ĐỒNG NHÂN DÂN TỈNH BẮC GIANG \r\n" +
        "KHÓA XVIII, KỲ HỌP THỨ 3\nCăn cứ Luật tổ chức chính quyền địa\r\nphương ngày 19 tháng 6 năm 2015;\n" +
        "Căn cứ Luật ban hành văn bản quy\r\nphạm pháp luật ngày 22 tháng 6 năm 2015;\n" +
        "Căn cứ Nghị định số 16/2015/NĐ-CP ngày 14 tháng 02 năm 2015 của Chính phủ quy định cơ chế tự\r\n" +
        "chủ của đơn vị sự nghiệp công lập;\nCăn cứ Nghị định số 86/2015/NĐ-CP \r\n" +
        "ngày 02 tháng 10 năm 2015 của Chính phủ quy định về cơ chế thu, quản lý học phí\r\n" +
        "đối với cơ sở giáo dục thuộc hệ thống giáo dục quốc dân và chính sách miễn, giảm học phí, hỗ\r\n" +
        "trợ chi phí học tập từ năm học 2015-2016 đến năm học 2020-2021;\nCăn cứ Thông tư liên tịch số\r\n" +
        "06/2015/TTLT-BGDĐT-BNV  ngày 16 tháng 3 năm 2015 của Bộ Giáo dục và Đào tạo, Bộ\r\n" +
        "Nội vụ quy định về danh mục khung vị trí việc làm và định mức số lượng người, làm việc trong các cơ Sở giáo dục mầm non công lập;\n" +
        "Xét Tờ trình số 112/TTr-UBND ngày 28 tháng 6 năm 2017 của Ủy ban\r\n" +
        "nhân dân tỉnh; Báo cáo thẩm tra của Ban Văn hóa - Xã hội; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh.\n" +
        "QUYẾT NGHỊ:\nĐiều 1.\r\nQuy định cơ chế, chính sách hợp đồng\r\n" +
        "giáo viên mầm non trong các trường mầm non công lập\n1. Thực hiện hợp đồng lao động đối với\r\n" +
        "giáo viên mầm non đủ tiêu chuẩn chuyên môn, nghiệp vụ của chức danh nghề nghiệp\r\n" +
        "theo vị trí làm việc tại các trường mầm non công lập trên địa bàn tỉnh Bắc\r\n" +
        "Giang. Việc hợp đồng giáo viên còn thiếu trên cơ sở số lớp thực tế, để đảm bảo\r\n" +
        "đạt tỷ lệ 1,8 giáo viên/lớp mẫu giáo.\n2. Chế độ tiền lương và các chế độ\r\n" +
        "khác của giáo viên hợp đồng lao động theo Nghị quyết này được đảm bảo như giáo\r\n" +
        "viên hợp đồng làm việc trong biên chế.\n3. Kinh phí tổ chức thực hiện\n" +
        "a) Nguồn thu học phí được cân đối để chi lương, phụ cấp cho giáo viên mầm non.\n" +
        "b) Ngân sách tỉnh hỗ trợ đóng bảo hiểm\r\n" +
        "y tế, bảo hiểm xã hội và các khoản đóng góp bắt buộc (tổng 24% quỹ lương);\r\n" +
        "trong đó: Ngân sách huyện, thành phố đảm bảo 50%; ngân sách cấp tỉnh đảm bảo\r\n" +
        "50%. Riêng hợp đồng giáo viên mầm non tại huyện Sơn Động\r\n" +
        "và các xã đặc biệt khó khăn do ngân sách cấp tỉnh chi trả 100% lương, phụ cấp\r\n" +
        "và các khoản đóng góp bắt buộc.\nĐiều 2. Mức thu học phí bậc học mầm non công lập\n" +
        "1. Mức thu học phí bậc học mầm non\r\n" +
        "công lập năm học 2017-2018 cụ thể như sau: vùng miền núi 60.000 đồng/01 tháng;\r\n" +
        "vùng nông thôn 85.000 đồng/01 tháng; vùng thành thị 130.000 đồng/01 tháng.\n" +
        "2. Mức thu học phí bậc học mầm non\r\n" +
        "công lập từ năm học 2018 - 2019 đến năm học 2020 - 2021, áp dụng như năm học\r\n" +
        "2017 - 2018. Trường hợp cần thay đổi mức thu học phí để\r\nbảo đảm cân đối chi lương và phụ cấp cho\r\n" +
        "giáo viên mầm non, Ủy ban nhân dân tỉnh trình Thường trực Hội đồng nhân dân tỉnh\r\n" +
        "xem xét, điều chỉnh và báo cáo Hội đồng nhân dân tỉnh tại kỳ họp gần nhất.\nĐiều 3. Bãi bỏ mức thu học phí\r\n" +
        "bậc học mầm non công lập được quy định tại khoản 1, Điều 1, Nghị quyết số\r\n" +
        "12/2016/NQ-HĐND  ngày 05/7/2016 của Hội đồng nhân dân tỉnh Bắc Giang.\r\n" +
        "Giao Ủy ban nhân dân tỉnh, tổ chức thực\r\nhiện Nghị quyết\n" +
        "Nghị quyết này đã được Hội đồng nhân dân tỉnh Bắc Giang khóa XVIII, kỳ họp thứ 3 thông qua ngày 13\r\n" +
        "tháng 7 năm 2017 và có hiệu lực từ ngày 01 tháng 8 năm\r\n2017./.\n\u00a0\n" +
        "<jsontable name=\"bang_1\"> </jsontable>";

    // NQ-53-2017-NQ-HDND-HoaBinh-congtacphi-hoinghi-body.md: the resolution and its adoption clause, then the attached Quy
    // định's title, its Điều 1 and its Điều 5 and 6 (Điều 2 to 4 left out).
    private const string HoaBinh53 =
        "<jsontable name=\"bang_0\"> </jsontable>\n\u00a0\nNGHỊ QUYẾT\n" +
        "BAN HÀNH QUY ĐỊNH MỨC CHI CỤ THỂ VỀ CÔNG TÁC PHÍ, CHI HỘI NGHỊ ĐỐI VỚI\r\n" +
        "CÁC CƠ QUAN, TỔ CHỨC, ĐƠN VỊ THUỘC TỈNH HÒA BÌNH\nHỘI ĐỒNG NHÂN DÂN TỈNH HÒA BÌNH\nKHÓA XVI KỲ HỌP THỨ TƯ\n" +
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm\r\n2015;\nCăn cứ Luật Ban hành văn bản quy\r\n" +
        "phạm pháp luật ngày 22 tháng 6 năm 2015;\nCăn cứ Luật Ngân sách nhà nước\r\nngày 25 tháng 6 năm 2015;\n" +
        "Căn cứ Nghị định số 163/2016/NĐ-CP \r\n" +
        "ngày 21 tháng 12 năm 2016 của Chính phủ quy định chi tiết thi hành một số điều\r\n" +
        "của Luật Ngân sách nhà nước;\nCăn cứ Thông tư số 40/2017/TT-BTC \r\n" +
        "ngày 28 tháng 4 năm 2017 của Bộ trưởng Bộ Tài chính quy định chế độ công tác\r\nphí, chế độ chi hội nghị;\n" +
        "Xét Tờ trình số 34/TTr-UBND ngày\r\n" +
        "09/6/2017 của Ủy ban nhân dân tỉnh Hòa Bình về ban hành Quy định mức chi cụ thể\r\n" +
        "về công tác phí, chi hội nghị đối với các cơ quan,\r\ntổ chức, đơn vị thuộc tỉnh Hòa Bình; báo cáo thẩm\r\n" +
        "tra của Ban văn hóa - xã hội của Hội đồng nhân dân\r\ntỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân\r\n" +
        "dân tỉnh tại kỳ họp.\nQUYẾT NGHỊ:\nĐiều 1. Ban hành kèm theo Nghị quyết này Quy định mức\r\n" +
        "chi cụ thể về công tác phí, chi hội nghị đối với các cơ quan, tổ chức, đơn vị\r\nthuộc tỉnh Hòa Bình.\n" +
        "Điều 2. Nghị quyết số 168/2010/NQ-HĐND  ngày 10/12/2010 của\r\n" +
        "Hội đồng nhân dân tỉnh Hòa Bình Quy định chế độ công tác phí, chế độ tổ chức\r\n" +
        "các cuộc hội nghị đối với các cơ quan, tổ chức, đơn vị thuộc tỉnh Hòa Bình hết\r\n" +
        "hiệu lực kể từ ngày Nghị quyết này có hiệu lực thi hành.\nĐiều 3. Hội đồng nhân dân tỉnh giao:\n" +
        "1. Ủy ban nhân dân tỉnh chịu trách\r\n" +
        "nhiệm hướng dẫn và tổ chức thực hiện Nghị quyết này; báo cáo Hội đồng nhân dân\r\n" +
        "tỉnh kết quả thực hiện theo quy định của pháp luật.\n2. Thường trực Hội đồng nhân dân tỉnh,\r\n" +
        "các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu Hội đồng nhân dân tỉnh và đại\r\n" +
        "biểu Hội đồng nhân dân tỉnh có trách nhiệm giám sát việc thực hiện Nghị quyết\r\n" +
        "theo quy định của pháp luật.\nNghị quyết này đã được Hội đồng nhân\r\n" +
        "dân tỉnh Hòa Bình Khóa XVI, Kỳ họp thứ 4 thông qua ngày 13\r\n" +
        "tháng 7 năm 2017 và có hiệu lực kể từ ngày 23 tháng 7 năm 2017./. \n\u00a0\n" +
        "<jsontable name=\"bang_1\"> </jsontable>\n\u00a0\nQUY ĐỊNH\n" +
        "MỨC CHI CỤ THỂ VỀ CÔNG TÁC PHÍ, CHI HỘI NGHỊ ĐỐI VỚI CÁC CƠ QUAN, TỔ CHỨC,\r\nĐƠN VỊ THUỘC TỈNH HÒA BÌNH\n" +
        "(Ban hành kèm theo Nghị quyết số 53/2017/NQ-HĐND ngày 13 tháng 7 năm 2017 của\r\n" +
        "Hội đồng nhân dân tỉnh Hòa Bình)\nĐiều 1. Phụ cấp lưu trú\n" +
        "1. Mức phụ cấp lưu trú để trả cho người đi công tác: 200.000 đồng/ngày/người.\n" +
        "2. Trường hợp đi công tác trong ngày\r\n" +
        "(đi và về trong ngày) thủ trưởng cơ quan, đơn vị quyết định mức phụ cấp lưu trú\r\n" +
        "theo các tiêu chí: Căn cứ theo số giờ thực tế đi công tác trong ngày, theo thời\r\n" +
        "gian phải làm ngoài giờ hành chính (bao gồm cả thời gian đi trên đường), quãng\r\n" +
        "đường đi công tác nhưng mức chi không quá 150.000 đồng/ngày/người đối với cán bộ\r\n" +
        "đi công tác ngoại tỉnh và 100.000 đồng/ngày/người đối với cán bộ đi công tác tại\r\n" +
        "các huyện, xã trong tỉnh và phải được quy định trong quy chế chi tiêu nội bộ của\r\ncơ quan, đơn vị.\n" +
        "Điều 5. Chi thù lao cho giảng viên, chi bồi dưỡng báo\r\n" +
        "cáo viên; người có báo cáo tham luận trình bày tại hội nghị: Thực hiện theo mức\r\n" +
        "chi thù lao quy định đối với giảng viên, báo cáo viên tại Thông tư số\r\n" +
        "139/2010/TT-BTC  ngày 21/9/2010 của Bộ trưởng Bộ Tài chính quy định việc lập dự\r\n" +
        "toán, quản lý và sử dụng kinh phí từ ngân sách nhà nước dành cho công tác đào tạo,\r\n" +
        "bồi dưỡng cán bộ, công chức.\nĐiều 6. Các khoản chi công tác phí cho giảng viên, báo\r\n" +
        "cáo viên do cơ quan, đơn vị chủ trì tổ chức hội nghị chi theo quy định đối với\r\n" +
        "cán bộ, công chức, viên chức và người lao động của cơ quan, đơn vị mình và ghi\r\n" +
        "rõ trong giấy mời giảng viên, báo cáo viên.";

    /// <summary>
    /// NQ 04/2017 Bắc Giang: "Điều 3. Giao" / "Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết." — the article's sentence is
    /// cut after its assigning word; no article is titled "Giao", so the line below is its text, one task "3".
    /// </summary>
    [Fact]
    public void An_article_cut_after_its_assigning_word_goes_on_below()
    {
        var record = Extract.Text(BacGiang04, "sample.md");

        Assert.DoesNotContain(record.Tasks, t => t.Ordinal == "3.1");
        var task = Assert.Single(record.Tasks, t => t.Ordinal == "3");
        Assert.Null(task.Heading);
        Assert.Equal("Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.", task.Text);
        Assert.Equal(["Ủy ban nhân dân tỉnh"], task.Units.Select(u => u.Name));
    }

    /// <summary>
    /// NQ 53/2017 Hòa Bình: the adoption clause stands where the signature would; the "QUY ĐỊNH" / "(Ban hành kèm theo Nghị
    /// quyết số …)" below the placeholder opens the attached Quy định, whose articles ("Điều 5. Chi thù lao …", "Điều 6. Các
    /// khoản chi công tác phí … do cơ quan, đơn vị chủ trì …") are no tasks of the resolution.
    /// </summary>
    [Fact]
    public void A_regulation_attached_below_the_adoption_clause_gives_no_tasks()
    {
        var record = Extract.Text(HoaBinh53, "sample.md");

        Assert.Equal(["3.1", "3.2"], record.Tasks.Where(t => t.Ordinal.StartsWith('3')).Select(t => t.Ordinal));
        Assert.DoesNotContain(record.Tasks, t => t.Text.Contains("giảng viên", StringComparison.Ordinal));
        Assert.All(record.Tasks.Where(t => t.Ordinal.StartsWith('3')), t => Assert.Equal("Hội đồng nhân dân tỉnh giao", t.Heading));
    }

    /// <summary>
    /// NQ 53/2017 Hòa Bình, Điều 3.2: "các Tổ đại biểu Hội đồng nhân dân tỉnh và đại biểu Hội đồng nhân dân tỉnh" — each piece
    /// ends in the whole council's name, nothing is shared: two units.
    /// </summary>
    [Fact]
    public void Pieces_that_each_name_the_whole_body_are_two_units()
    {
        var record = Extract.Text(HoaBinh53, "sample.md");

        var task = Assert.Single(record.Tasks, t => t.Ordinal == "3.2");
        Assert.Equal(["Thường trực Hội đồng nhân dân tỉnh", "các Ban của Hội đồng nhân dân tỉnh", "các Tổ đại biểu Hội đồng nhân dân tỉnh",
                      "đại biểu Hội đồng nhân dân tỉnh"], task.Units.Select(u => u.Name));
    }

    /// <summary>
    /// NQ 05/2017 Lai Châu, Điều 2: "Thường trực Hội đồng nhân dân tỉnh ban hành kế hoạch …" (issuing ends the name), "Các cơ
    /// quan chịu sự giám sát thực hiện …" (what the bodies are under is part of their name) and the report due "tại kỳ họp Hội
    /// đồng nhân dân tỉnh giữa năm 2019" (a session named with its council).
    /// </summary>
    [Fact]
    public void The_supervision_programme_s_assignments_name_their_bodies_and_the_session()
    {
        var record = Extract.Text(LaiChau05, "sample.md");

        Assert.Equal(["2.1", "2.2"], record.Tasks.Select(t => t.Ordinal));
        var first = record.Tasks[0];
        Assert.Equal(["Thường trực Hội đồng nhân dân tỉnh"], first.Units.Select(u => u.Name));
        Assert.Equal("2019", first.Deadline?.Date);
        Assert.Contains("Các cơ quan chịu sự giám sát", record.Tasks[1].Units.Select(u => u.Name));
    }

    /// <summary>
    /// NQ 19/2017 Bắc Giang: "Điều 3. Bãi bỏ mức thu học phí … ." / "Giao Ủy ban nhân dân tỉnh, tổ chức thực hiện Nghị quyết" —
    /// the repealing article goes on with the execution sentence: it assigns, so it is a task.
    /// </summary>
    [Fact]
    public void A_repealing_article_that_goes_on_to_assign_its_execution_is_a_task()
    {
        var record = Extract.Text(BacGiang19, "sample.md");

        var task = Assert.Single(record.Tasks, t => t.Ordinal == "3");
        Assert.StartsWith("Bãi bỏ mức thu học phí", task.Text);
        Assert.EndsWith("Giao Ủy ban nhân dân tỉnh, tổ chức thực hiện Nghị quyết", task.Text);
        Assert.Equal(["Ủy ban nhân dân tỉnh"], task.Units.Select(u => u.Name));
    }
}
