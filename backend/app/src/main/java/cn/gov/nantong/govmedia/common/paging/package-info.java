@org.springframework.modulith.NamedInterface("paging")
package cn.gov.nantong.govmedia.common.paging;
