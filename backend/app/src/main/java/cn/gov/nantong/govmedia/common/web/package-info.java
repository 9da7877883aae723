@org.springframework.modulith.NamedInterface("web")
package cn.gov.nantong.govmedia.common.web;
