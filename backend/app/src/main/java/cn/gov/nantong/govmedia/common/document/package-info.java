/** Documents the office publishes: HTML rendered to PDF with a Chinese font embedded, and Excel workbooks. */
@org.springframework.modulith.NamedInterface("document")
package cn.gov.nantong.govmedia.common.document;
