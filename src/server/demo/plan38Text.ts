/**
 * Kế hoạch số 38/KH-UBND ngày 21/02/2025 của Ủy ban nhân dân thành phố Cần Thơ (Thực hiện công tác
 * người Việt Nam ở nước ngoài năm 2025 trên địa bàn thành phố Cần Thơ), as written: the text of
 * ../shared/seeds/002_4fe6217dcb0cd899.txt, its paragraphs joined where the page broke them, typos
 * kept. Section I (purposes), II (the nine duties), III (the fifteen assignments, each to the body
 * it names; the 15th to every sở, ban, ngành and district people's committee).
 */

export const PLAN_38_LEGAL_BASIS =
  'Kế hoạch số 32/KH-UBND ngày 10 tháng 02 năm 2022 của Ủy ban nhân dân thành phố về việc thực hiện Nghị quyết số 169/NQ-CP ngày 31 tháng 12 năm 2021 của Chính phủ ban hành Chương trình hành động của Chính phủ tiếp tục đẩy mạnh thực hiện Nghị quyết số 36-NQ/TW, Chỉ thị số 45-CT/TW và Kết luận số 12-KL/TW của Bộ Chính trị về công tác người Việt Nam ở nước ngoài giai đoạn 2021 - 2026';

export const PLAN_38_PURPOSES = [
  'Nâng cao nhận thức của các cấp, các ngành, các tầng lớp Nhân dân về vị trí, vai trò, tầm quan trọng của cộng đồng người Việt Nam ở nước ngoài; quán triệt thực hiện có hiệu quả Nghị quyết số 169/NQ-CP ngày 31 tháng 12 năm 2021 của Chính phủ ban hành Chương trình hành động của Chính phủ tiếp tục đẩy mạnh thực hiện Nghị quyết số 36-NQ/TW, Chỉ thị số 45-CT/TW và Kết luận số 12-KL/TW của Bộ Chính trị về công tác người Việt Nam ở nước ngoài giai đoạn 2021 - 2026.',
  'Tăng cường sự phối hợp giữa các cơ quan, đơn vị, địa phương trong quá trình thực hiện công tác đối với người Việt Nam ở nước ngoài.',
];

export const PLAN_38_DUTIES = [
  'Sở, ban ngành, địa phương tiếp tục tăng cường công tác tuyên truyền, quán triệt Nghị quyết số 36-NQ/TW ngày 26 tháng 3 năm 2004 của Bộ Chính trị về công tác đối với người Việt Nam ở nước ngoài; Chỉ thị số 45-CT/TW ngày 19 tháng 5 năm 2015 của Bộ Chính trị về việc tiếp tục đẩy mạnh thực hiện Nghị quyết số 36-NQ/TW của Bộ Chính trị khóa IX về công tác đối với người Việt Nam ở nước ngoài trong tình hình mới; Kết luận số 12-KL/TW ngày 12 tháng 8 năm 2021 của Bộ Chính trị về công tác người Việt Nam ở nước ngoài trong tình hình mới; Nghị quyết số 169/NQ-CP ngày 31 tháng 12 năm 2021 của Chính phủ ban hành Chương trình hành động của Chính phủ tiếp tục đẩy mạnh thực hiện Nghị quyết số 36-NQ/TW, Chỉ thị số 45-CT/TW và Kết luận số 12-KL/TW của Bộ Chính trị về công tác người Việt Nam ở nước ngoài giai đoạn 2021 - 2026',
  'Hỗ trợ xây dựng, củng cố các hội đoàn của thân nhân người Việt Nam ở nước ngoài tại địa phương, thông qua đó, cập nhật cơ sở dữ liệu người địa phương ra nước ngoài; phát huy vai trò của Hội Liên lạc với người Việt Nam ở nước ngoài và các hội thân nhân trong việc duy trì kênh thông tin về tình hình kiều bào ở sở tại và kết nối giữa kiều bào với chính quyền địa phương.',
  'Tiếp tục nâng cao hiệu quả công tác bảo hộ công dân, quản lý lao động, du học sinh, nhận con nuôi và kết hôn với người nước ngoài. Thông qua thân nhân người Việt Nam ở nước ngoài tại địa phương, thường xuyên cập nhật tình hình, tìm hiểu tâm tư, nguyện vọng, khó khăn của kiều bào ở sở tại, kịp thời báo cáo, đề xuất, phối hợp với cơ quan liên quan để thực hiện hỗ trợ, bảo hộ công dân khi cần thiết. Nâng cao hiệu quả công tác đào tạo, giáo dục định hướng, tư vấn và cung cấp thông tin cho người Việt trước khi ra nước ngoài. Triển khai các biện pháp hỗ trợ người Việt Nam di cư hoặc bị trục xuất về nước ổn định cuộc sống, được cấp giấy tờ pháp lý và được tiếp cận các dịch vụ công, hòa nhập cộng đồng, đảm bảo an ninh trật tự tại địa phương.',
  'Đa dạng hóa hoạt động phát huy đóng góp của cộng đồng doanh nhân Việt Nam ở nước ngoài. Xây dựng và công bố danh mục các dự án khuyến khích người Việt Nam ở nước ngoài đầu tư về thành phố Cần Thơ. Tăng cường thông tin về cơ chế, chính sách ưu đãi của địa phương nhằm thu hút kiều bào về đầu tư. Đẩy mạnh việc huy động người Việt Nam ở nước ngoài tham gia giới thiệu, tiêu thụ sản phẩm và phát triển các kênh phân phối hàng của thành phố Cần Thơ ở nước ngoài. Hỗ trợ giải quyết vướng mắc của kiều bào khi về thành phố Cần Thơ đầu tư, kinh doanh.',
  'Khuyến khích các địa phương căn cứ vào yêu cầu phát triển và tiềm năng, thế mạnh của mình, chủ động nghiên cứu, xây dựng các lĩnh vực ưu tiên thu hút nguồn lực người Việt Nam ở nước ngoài và kế hoạch triển khai cụ thể. Nghiên cứu tổ chức các sự kiện, buổi gặp gỡ giữa kiều bào tại các địa phương nhằm giới thiệu, quảng bá tiềm năng, thế mạnh của địa phương, xây dựng kênh trao đổi, hợp tác giữa kiều bào với địa phương.',
  'Tăng cường tổ chức các hoạt động, chương trình giao lưu văn hóa, nghệ thuật, kết hợp hình thức trực tiếp và trực tuyến, với sự tham dự của các văn nghệ sỹ trong nước và kiều bào, phục vụ đồng bào ta ở nước ngoài và người dân trong nước.',
  'Hỗ trợ kiều bào là tín đồ, chức sắc về nước tham gia các sinh hoạt tôn giáo, tạo điều kiện cho các tổ chức tôn giáo ở trong nước hướng dẫn sinh hoạt tôn giáo cho người Việt Nam ở nước ngoài. Giải quyết kịp thời các vấn đề liên quan đến nhu cầu về tâm linh, tín ngưỡng, tôn giáo của cộng đồng trên cơ sở phù hợp với luật pháp, phong tục, tập quán của Việt Nam và nước sở tại.',
  'Phát huy hiệu quả các phương tiện truyền thông của cộng đồng trong việc thông tin chính xác, đầy đủ về tình hình đất nước, quảng bá hình ảnh đất nước, con người, văn hóa Việt Nam tới bạn bè quốc tế, tăng cường tình cảm và sự ủng hộ của cộng đồng quốc tế dành cho Việt Nam. Tạo điều kiện để phóng viên các kênh truyền thông của kiều bào về thăm đất nước nói chung, thành phố Cần Thơ nói riêng.',
  'Kiện toàn tổ chức, bố trí nhân sự, hỗ trợ kinh phí hoạt động cho việc tổ chức thực hiện công tác về người Việt Nam ở nước ngoài trên địa bàn thành phố Cần Thơ theo quy mô, hình thức và mức độ phù hợp. Tăng cường đào tạo, nâng cao năng lực đội ngũ cán bộ thực hiện công tác về người Việt Nam ở nước ngoài trên địa bàn thành phố Cần Thơ.',
];

/** Each assignment: the body as the plan names it, and its text (sub-items a), b), c) on their own lines). */
export const PLAN_38_ASSIGNMENTS: readonly { body: string; text: string }[] = [
  {
    body: 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố',
    text: 'a) Căn cứ chức năng, nhiệm vụ phối hợp cùng các tổ chức thành viên tuyên truyền phổ biến vận động, tập hợp người Việt Nam ở nước ngoài, giám sát việc thực hiện các chủ trương chính sách, pháp luật của Nhà nước có liên quan đến người Việt Nam ở nước ngoài;\nb) Kiện toàn bộ máy Hội Liên lạc với người Việt Nam ở nước ngoài của quận, huyện; chỉ đạo đổi mới phương thức và tăng cường hoạt động, phát huy vai trò là cầu nối giữa đồng bào trong thành phố với người Việt Nam ở nước ngoài;\nc) Chủ trì tham mưu cho Lãnh đạo thành phố tổ chức họp mặt mừng năm mới cho kiều bào tại thành phố Cần Thơ nhằm thể hiện tình cảm, sự quan tâm sâu sắc của Lãnh đạo thành phố đối với cộng đồng người Việt Nam ở nước ngoài; gặp gỡ thăm hỏi, kết hợp thông tin, tuyên truyền đến cộng đồng người Việt Nam ở nước ngoài về chủ trương, chính sách của Đảng, pháp luật của Nhà nước có liên quan đến người Việt Nam ở nước ngoài, những thành tựu nổi bật trong năm qua và định hướng phát triển kinh tế - xã hội của thành phố trong những năm tiếp theo. Qua đó kêu gọi, vận động kiều bào đầu tư, viện trợ giúp đỡ thành phố phát triển ngày càng mạnh mẽ hơn.',
  },

  {
    body: 'Sở Ngoại vụ',
    text: 'a) Phối hợp với cơ quan có liên quan tiếp tục tổ chức phổ biến, quán triệt, tuyên truyền rộng rãi nội dung của Nghị quyết số 169/NQ-CP; Nghị quyết số 36-NQ/TW, Chỉ thị số 45-CT/TW; Kết luận số 12-KL/TW và Kế hoạch này;\nb) Phối hợp với các ban, ngành, địa phương triển khai các hoạt động tăng cường thu hút nguồn lực của người Việt Nam ở nước ngoài phục vụ phát triển thành phố Cần Thơ trong tình hình mới.',
  },

  {
    body: 'Công an thành phố',
    text: 'Chủ trì, phối hợp với cơ quan có liên quan:\na) Tăng cường công tác nắm tình hình chính sách của các nước với người Việt Nam ở nước ngoài; tình hình cộng đồng người Việt Nam ở nước ngoài; âm mưu, hoạt động của các cơ quan đặc biệt, các thế lực thù địch, phản động lợi dụng cộng đồng người Việt Nam ở nước ngoài... để chủ động tham mưu Lãnh đạo Đảng, Nhà nước các giải pháp giải quyết các vấn đề phức tạp liên quan người Việt Nam ở nước ngoài, duy trì sự ổn định và phát triển của cộng đồng;\nb) Phối hợp với cơ quan có liên quan triển khai công tác bảo hộ công dân Việt Nam ở nước ngoài; giải quyết những vấn đề phức tạp, vướng mắc liên quan đến vấn đề pháp lý; đấu tranh phòng, chống tội phạm liên quan đến người Việt Nam ở nước ngoài, hỗ trợ bảo đảm an ninh cộng đồng, góp phần xử lý, đẩy lùi tình trạng người Việt Nam vi phạm pháp luật nước sở tại.',
  },

  {
    body: 'Bộ Chỉ huy quân sự thành phố',
    text: 'Phối hợp với cơ quan có liên quan tăng cường công tác nắm và dự báo tình hình cộng đồng người Việt Nam ở nước ngoài. Tiếp tục triển khai hỗ trợ và thực hiện các chế độ đãi ngộ khác đối với người Việt Nam có công với cách mạng, người tham gia kháng chiến, chiến tranh bảo vệ Tổ quốc và làm nhiệm vụ quốc tế đang định cư ở nước ngoài.',
  },

  {
    body: 'Sở Tư pháp',
    text: 'Theo chức năng, nhiệm vụ được pháp luật quy định, Sở Tư pháp phối hợp rà soát hệ thống văn bản pháp luật liên quan đến người Việt Nam ở nước ngoài, kịp thời kiến nghị sửa đổi, bổ sung hoặc tham mưu xây dựng mới các văn bản theo hướng bảo đảm quyền và lợi ích chính đáng của người Việt Nam ở nước ngoài hoặc khi khiếu nại, khiếu nại.\nTranh thủ sự chỉ đạo, hướng dẫn của Bộ Tư pháp nhằm đảm bảo thống nhất thực hiện chính sách pháp luật đối với người Việt Nam ở nước ngoài thuộc thẩm quyền quản lý của Sở.',
  },

  {
    body: 'Sở Kế hoạch và Đầu tư',
    text: 'Quản lý, theo dõi tình hình hoạt động của các doanh nghiệp, dự án do người Việt Nam ở nước ngoài đầu tư, kinh doanh trên địa bàn thành phố Cần Thơ theo quy định. Chủ động hỗ trợ hoặc đề xuất biện pháp tháo gỡ khó khăn, vướng mắc theo thẩm quyền, tạo điều kiện thuận lợi cho các doanh nghiệp, nhà đầu tư là người Việt Nam ở nước ngoài thực hiện hoạt động đầu tư, kinh doanh trên địa bàn thành phố.',
  },

  {
    body: 'Sở Công Thương',
    text: 'Chủ trì, phối hợp với cơ quan có liên quan thực hiện các hoạt động kết nối doanh nghiệp hai bên tìm hiểu nhu cầu để thực hiện các hoạt động xuất nhập khẩu.',
  },

  {
    body: 'Sở Văn hóa, Thể thao và Du lịch',
    text: 'Chủ trì, phối hợp với cơ quan có liên quan đa dạng hóa các hoạt động hỗ trợ người Việt Nam ở nước ngoài giữ gìn và phát huy bản sắc văn hóa dân tộc; thu hút các tài năng nghệ sỹ, phát huy vai trò khiếu nại trong việc quảng bá về Việt Nam tới bạn bè quốc tế.',
  },

  {
    body: 'Sở Giáo dục và Đào tạo',
    text: 'Xây dựng kênh thông tin kết nối giảng viên, giáo viên, chuyên gia là người Việt Nam ở nước ngoài tham gia vào các hoạt động tại các cơ sở giáo dục và đào tạo trên địa bàn thành phố Cần Thơ.',
  },

  {
    body: 'Sở Thông tin và Truyền thông',
    text: 'Phối hợp với cơ quan có liên quan đa dạng hóa phương thức truyền thông thông tin đối ngoại chỉ đạo, hướng dẫn các Văn phòng đại diện cơ quan báo chí thông tin kịp thời đường lối của Đảng, chính sách pháp luật của Nhà nước và kết quả công tác đối với người Việt Nam ở nước ngoài; nâng cao hiệu quả cơ chế phối hợp, phản ứng nhanh, kịp thời phản bác những luận điệu sai trái, không đúng sự thật về tình hình đất nước; tăng cường hợp tác và phát huy hiệu quả các phương tiện truyền thông của cộng đồng.',
  },

  {
    body: 'Sở Nội vụ',
    text: 'Chủ trì, phối hợp với cơ quan có liên quan hỗ trợ các hoạt động tôn giáo, tín ngưỡng của cộng đồng người Việt Nam ở nước ngoài, tạo điều kiện để kiều bào tham gia các sinh hoạt tôn giáo, tín ngưỡng ở trên địa bàn thành phố Cần Thơ. Giải quyết kịp thời các vấn đề liên quan đến nhu cầu về tâm linh, tín ngưỡng, tôn giáo của cộng đồng trên cơ sở phù hợp với luật pháp, phong tục, tập quán của dân tộc và nước sở tại.',
  },

  {
    body: 'Sở Lao động - Thương binh và Xã hội',
    text: 'Chủ trì, phối hợp với cơ quan có liên quan rà soát, đánh giá tình hình lao động thành phố Cần Thơ đi làm việc ở nước ngoài theo hợp đồng, tăng cường các biện pháp hỗ trợ lao động thành phố Cần Thơ đi làm việc ở nước ngoài, ưu tiên đến lao động tại các nước phát triển.',
  },

  {
    body: 'Trung tâm Xúc tiến Đầu tư - Thương mại và Hội chợ triển lãm Cần Thơ',
    text: 'Đổi mới phương thức xúc tiến để nâng cao hiệu quả thu hút đầu tư; tư vấn, hướng dẫn, cung cấp đầy đủ thông tin; hỗ trợ tối đa cho doanh nghiệp của người Việt Nam ở nước ngoài đầu tư vào thành phố.',
  },

  {
    body: 'Liên hiệp các Tổ chức hữu nghị thành phố',
    text: 'a) Đẩy mạnh công tác vận động, mời gọi cá nhân kiều bào hoặc các tổ chức phi chính phủ nước ngoài do kiều bào thành lập trên tinh thần tự nguyện, đóng góp, giúp đỡ cho thành phố dưới hình thức viện trợ nhân đạo trong các chương trình chăm sóc sức khỏe cộng đồng, giúp trẻ khuyết tật, giáo dục mầm non, nuôi trẻ mồ côi, dạy nghề cho phụ nữ nghèo; đề xuất kịp thời cơ quan có thẩm quyền có quyết định tặng bằng khen cho các tổ chức và cá nhân kiều bào có nhiều đóng góp cho thành phố;\nb) Duy trì và phát triển các hoạt động giao lưu và mở rộng hợp tác, kết nối mạng lưới các Hội đoàn, tổ chức của cộng đồng người Việt Nam ở nước ngoài với các đoàn thể, tổ chức nhân dân ở trong nước.',
  },

  {
    body: 'Sở, ban, ngành thành phố và Ủy ban nhân dân quận, huyện',
    text: 'Ngoài các nhiệm vụ nêu trên, Sở, ban, ngành thành phố và Ủy ban nhân dân quận, huyện cần thực hiện các nhiệm vụ sau:\na) Tổ chức tuyên truyền đường lối của Đảng, chính sách, pháp luật của Nhà nước đối với người Việt Nam ở nước ngoài phù hợp với điều kiện thực tế cơ quan, địa phương;\nb) Lồng ghép các mục tiêu, nhiệm vụ về công tác đối với người Việt Nam ở nước ngoài vào công tác năm 2025 gắn với các nhiệm vụ chuyên môn và mục tiêu, nhiệm vụ của cơ quan, đơn vị;\nc) Căn cứ vào Nghị quyết số 169/NQ-CP, Nghị quyết số 36-NQ/TW, Chỉ thị số 45-CT/TW, Kết luận số 12-KL/TW và Kế hoạch này, chủ động tổ chức triển khai các nội dung, nhiệm vụ thuộc chức năng, nhiệm vụ của mình; báo cáo, đánh giá tình hình thực hiện gửi Sở Ngoại vụ trước ngày 30 tháng 10 năm 2025 để tổng hợp và tham mưu Ủy ban nhân dân thành phố báo cáo theo quy định;',
  },
];
